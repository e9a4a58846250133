package com.mdm.application.service.marketdata;

import static com.mdm.application.service.marketdata.Samples.candle;
import static com.mdm.application.service.marketdata.Samples.candles;
import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.Candle;
import com.mdm.domain.market.Ohlc;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.port.in.CandleBar;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandleRollupTest {

  private static final Instant OPEN = Instant.parse("2024-05-01T04:00:00Z");
  private static final Instant LATER = Instant.parse("2030-01-01T00:00:00Z");

  @Test
  void aRollUpTakesFirstOpenHighestHighLowestLowLastCloseAndSums() {
    List<Candle> minutes = candles(Timeframe.MINUTE_1, OPEN, 240);
    List<Candle> shuffled = new ArrayList<>(minutes);
    Collections.shuffle(shuffled);

    CandleBar bar =
        CandleRollup.rollUp(Timeframe.HOUR_4, Timeframe.MINUTE_1, OPEN, shuffled, LATER);

    Candle candle = bar.candle();
    assertThat(candle.timeframe()).isEqualTo(Timeframe.HOUR_4);
    assertThat(candle.openTime()).isEqualTo(OPEN);
    assertThat(candle.closeTime()).isEqualTo(Instant.parse("2024-05-01T07:59:59.999Z"));
    assertThat(candle.open()).isEqualTo(minutes.getFirst().open());
    assertThat(candle.close()).isEqualTo(minutes.getLast().close());
    assertThat(candle.high())
        .isEqualTo(minutes.stream().map(Candle::high).reduce(BigDecimal::max).orElseThrow());
    assertThat(candle.low())
        .isEqualTo(minutes.stream().map(Candle::low).reduce(BigDecimal::min).orElseThrow());
    assertThat(candle.volume())
        .isEqualTo(minutes.stream().map(Candle::volume).reduce(BigDecimal.ZERO, BigDecimal::add));
    assertThat(candle.tradeCount()).isEqualTo(minutes.stream().mapToLong(Candle::tradeCount).sum());
    assertThat(candle.closed()).isTrue();
    assertThat(bar.incomplete()).isFalse();
  }

  @Test
  void aPeriodMissingOneFinerCandleIsIncomplete() {
    List<Candle> minutes = new ArrayList<>(candles(Timeframe.MINUTE_1, OPEN, 240));
    minutes.remove(100);

    CandleBar bar = CandleRollup.rollUp(Timeframe.HOUR_4, Timeframe.MINUTE_1, OPEN, minutes, LATER);

    assertThat(bar.incomplete()).isTrue();
    assertThat(bar.candle().closed()).isTrue();
  }

  @Test
  void aPeriodThatHasNotEndedIsOpenAndIncomplete() {
    List<Candle> minutes = candles(Timeframe.MINUTE_1, OPEN, 240);

    CandleBar bar =
        CandleRollup.rollUp(
            Timeframe.HOUR_4, Timeframe.MINUTE_1, OPEN, minutes, OPEN.plusSeconds(3600));

    assertThat(bar.candle().closed()).isFalse();
    assertThat(bar.incomplete()).isTrue();
  }

  @Test
  void anOpenFinerCandleLeavesTheRollUpOpen() {
    List<Candle> hours = new ArrayList<>(candles(Timeframe.HOUR_1, OPEN, 4));
    Candle last = hours.removeLast();
    hours.add(
        new Candle(
            last.symbol(),
            last.timeframe(),
            last.openTime(),
            last.closeTime(),
            new Ohlc(last.open(), last.high(), last.low(), last.close()),
            last.volume(),
            last.quoteVolume(),
            last.tradeCount(),
            last.takerBuyBaseVolume(),
            last.takerBuyQuoteVolume(),
            false,
            last.eventTime(),
            last.receivedAt()));

    CandleBar bar = CandleRollup.rollUp(Timeframe.HOUR_4, Timeframe.HOUR_1, OPEN, hours, LATER);

    assertThat(bar.candle().closed()).isFalse();
    assertThat(bar.incomplete()).isTrue();
  }

  @Test
  void aMonthRollsUpFromItsCalendarDays() {
    Instant february = Instant.parse("2024-02-01T00:00:00Z");
    List<Candle> days = candles(Timeframe.DAY_1, february, 29);

    CandleBar bar = CandleRollup.rollUp(Timeframe.MONTH_1, Timeframe.DAY_1, february, days, LATER);

    assertThat(bar.incomplete()).isFalse();
    assertThat(bar.candle().closeTime()).isEqualTo(Instant.parse("2024-02-29T23:59:59.999Z"));
    assertThat(bar.candle().close())
        .isEqualTo(candle(Timeframe.DAY_1, days.getLast().openTime(), 28).close());
  }
}
