package com.mdm.adapter.in.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.Candle;
import com.mdm.domain.market.DepthKind;
import com.mdm.domain.market.OrderBookDepth;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.market.Trade;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each injected fault leaves the hole it promises, and only that one. */
class SyntheticFaultsTest {

  private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void givenADroppedMinuteEveryThird_whenRun_thenThoseMinutesHaveNoKlineFrameAndTheOthersDo() {
    List<Candle> candles = run(new SyntheticFaults(3, 0, 0), 7, Candle.class);

    List<Instant> oneMinute =
        candles.stream()
            .filter(c -> c.timeframe() == Timeframe.MINUTE_1)
            .map(Candle::openTime)
            .distinct()
            .toList();
    assertThat(oneMinute).containsExactly(minute(0), minute(1), minute(3), minute(4), minute(6));
    assertThat(candles)
        .filteredOn(c -> c.timeframe() == Timeframe.MINUTE_5 && c.closed())
        .extracting(Candle::openTime)
        .containsExactly(minute(0));
  }

  @Test
  void givenAggregateIdsSkippedEveryTenth_whenRun_thenTheIdsHaveHolesButTheTradesDoNot() {
    List<AggregateTrade> aggregates = run(new SyntheticFaults(0, 10, 0), 2, AggregateTrade.class);
    List<Trade> trades = run(new SyntheticFaults(0, 10, 0), 2, Trade.class);

    long holes = 0;
    for (int i = 1; i < aggregates.size(); i++) {
      long step = aggregates.get(i).aggregateTradeId() - aggregates.get(i - 1).aggregateTradeId();
      assertThat(step).isIn(1L, 2L);
      holes += step - 1;
    }
    // one in ten withheld leaves one hole per nine sent (the last may not show yet)
    assertThat(holes)
        .isPositive()
        .isBetween(aggregates.size() / 9 - 1L, aggregates.size() / 9 + 1L);
    for (int i = 1; i < trades.size(); i++) {
      assertThat(trades.get(i).tradeId()).isEqualTo(trades.get(i - 1).tradeId() + 1);
    }
  }

  @Test
  void givenTheDepthChainBrokenEveryFifth_whenRun_thenOneDiffInFiveIsMissingFromTheChain() {
    List<OrderBookDepth> diffs =
        run(new SyntheticFaults(0, 0, 5), 1, OrderBookDepth.class).stream()
            .filter(d -> d.kind() == DepthKind.DIFF)
            .toList();

    long breaks = 0;
    for (int i = 1; i < diffs.size(); i++) {
      if (!diffs.get(i).previousFinalUpdateId().equals(diffs.get(i - 1).finalUpdateId())) {
        breaks++;
      }
    }
    // a minute sends 600 diffs: 120 are withheld; the last one withheld ends the minute
    assertThat(diffs).hasSize(480);
    assertThat(breaks).isEqualTo(119);
  }

  /** The decoded events of one class, for BTCUSDT alone, over {@code minutes} minutes. */
  private static <T> List<T> run(SyntheticFaults faults, int minutes, Class<T> type) {
    SyntheticMarketSettings settings =
        SyntheticMarketSettings.defaults()
            .withSymbols(List.of(Symbol.of("BTCUSDT")))
            .withEventsPerSecond(100)
            .withStart(START)
            .withFaults(faults);
    return new SyntheticMarket(settings)
        .advanceTo(START.plus(Duration.ofMinutes(minutes))).stream()
            .map(TenMinutes::decode)
            .flatMap(d -> d.result().events().stream())
            .filter(type::isInstance)
            .map(type::cast)
            .toList();
  }

  private static Instant minute(int index) {
    return START.plus(Duration.ofMinutes(index));
  }
}
