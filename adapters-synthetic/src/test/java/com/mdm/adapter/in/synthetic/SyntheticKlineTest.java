package com.mdm.adapter.in.synthetic;

import static com.mdm.adapter.in.synthetic.SyntheticMarketSequenceTest.bySymbol;
import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.adapter.in.synthetic.TenMinutes.Decoded;
import com.mdm.domain.market.Candle;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.market.Trade;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Klines agree exactly with the trades sent in their period, and close once, on time. */
class SyntheticKlineTest {

  @Test
  void givenTenMinutes_whenKlinesClose_thenEachSymbolHasOneClosedMinuteKlinePerMinute() {
    List<Instant> minutes =
        Stream.iterate(TenMinutes.START, t -> t.isBefore(TenMinutes.END), t -> t.plusSeconds(60))
            .toList();

    bySymbol(TenMinutes.events(Candle.class).filter(Candle::closed).toList())
        .forEach(
            (symbol, closed) -> {
              assertThat(closed)
                  .filteredOn(c -> c.timeframe() == Timeframe.MINUTE_1)
                  .extracting(Candle::openTime)
                  .containsExactlyElementsOf(minutes);
              assertThat(closed).hasSize(10 + 2 + 1 + 1 + 1 + 1);
            });
  }

  @Test
  void givenEachKline_whenItsFramesAreComparedWithItsTrades_thenEveryValueIsExactlyTheirs() {
    Map<Symbol, List<Trade>> trades = bySymbol(TenMinutes.events(Trade.class).toList());
    Map<String, List<Decoded>> klines =
        TenMinutes.frames(SyntheticEventType.KLINE)
            .collect(
                Collectors.groupingBy(
                    SyntheticKlineTest::kline, LinkedHashMap::new, Collectors.toList()));

    // per symbol ten 1m klines, and two of each longer timeframe: the one midnight closes, the
    // one it opens
    assertThat(klines).hasSize(3 * (10 + 2 + 2 + 2 + 2 + 2));
    for (List<Decoded> frames : klines.values()) {
      Candle first = (Candle) frames.getFirst().event();
      List<Trade> tape = trades.get(first.symbol());
      RecomputedKline recomputed = new RecomputedKline(SymbolSpec.of(first.symbol()));
      int next = 0;
      while (tape.get(next).tradeTime().isBefore(first.openTime())) {
        next++;
      }
      for (Decoded frame : frames) {
        Candle candle = (Candle) frame.event();
        assertOnTime(candle);
        // an update holds the trades before its tick (one in the tick's millisecond comes
        // after); the close holds every trade up to the close time
        Instant until = candle.closed() ? candle.closeTime().plusMillis(1) : candle.eventTime();
        while (next < tape.size() && tape.get(next).tradeTime().isBefore(until)) {
          recomputed.add(tape.get(next++));
        }
        recomputed.assertMatches(candle, frame.data().get("k"));
      }
      assertThat(frames).filteredOn(f -> ((Candle) f.event()).closed()).hasSizeLessThanOrEqualTo(1);
    }
  }

  private static void assertOnTime(Candle candle) {
    assertThat(Duration.between(candle.openTime(), candle.closeTime().plusMillis(1)))
        .isEqualTo(candle.timeframe().duration());
    assertThat(candle.ohlc().isConsistent()).isTrue();
    if (candle.closed()) {
      assertThat(candle.eventTime()).isEqualTo(candle.closeTime().plusMillis(1));
    } else {
      assertThat(candle.eventTime().toEpochMilli() % 250).isZero();
      assertThat(candle.eventTime()).isBetween(candle.openTime(), candle.closeTime());
    }
  }

  private static String kline(Decoded frame) {
    Candle candle = (Candle) frame.event();
    return candle.symbol() + " " + candle.timeframe() + " " + candle.openTime();
  }
}
