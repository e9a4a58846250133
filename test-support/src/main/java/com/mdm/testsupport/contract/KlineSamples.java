package com.mdm.testsupport.contract;

import static com.mdm.testsupport.contract.SeriesSamples.BASE;
import static com.mdm.testsupport.contract.SeriesSamples.PRICE;
import static com.mdm.testsupport.contract.SeriesSamples.TINY;

import com.mdm.domain.market.Candle;
import com.mdm.domain.market.MarkPriceCandle;
import com.mdm.domain.market.Ohlc;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Made-up klines for the tests, beside {@link SeriesSamples}: minute candles from the minute of
 * {@link SeriesSamples#BASE}, hourly mark-price candles from its hour, and the versions of one
 * kline a store must let replace each other.
 */
public final class KlineSamples {

  private KlineSamples() {}

  public static Candle candle(Symbol symbol, int n, boolean closed, Instant eventTime) {
    Instant open =
        BASE.truncatedTo(java.time.temporal.ChronoUnit.MINUTES).plus(Duration.ofMinutes(n));
    return new Candle(
        symbol,
        Timeframe.MINUTE_1,
        open,
        open.plusSeconds(60).minusMillis(1),
        new Ohlc(
            PRICE,
            new BigDecimal("65001.00"),
            new BigDecimal("64980.10"),
            new BigDecimal("64995.00")),
        new BigDecimal("12.345"),
        new BigDecimal("802345.67890"),
        40L + n,
        TINY,
        new BigDecimal("0.50"),
        closed,
        eventTime,
        eventTime.plusMillis(12));
  }

  /** Candle number n opening n minutes after the minute of {@link #BASE}, event time inside it. */
  public static Candle candle(Symbol symbol, int n) {
    Instant open =
        BASE.truncatedTo(java.time.temporal.ChronoUnit.MINUTES).plus(Duration.ofMinutes(n));
    return candle(symbol, n, n % 2 == 0, open.plusMillis(59_000));
  }

  /**
   * Mark-price candle number n, hourly from the hour of {@link #BASE}; its low is {@link #TINY}.
   */
  public static MarkPriceCandle markPriceCandle(Symbol symbol, int n) {
    Instant open = BASE.truncatedTo(java.time.temporal.ChronoUnit.HOURS).plus(Duration.ofHours(n));
    Instant close = open.plus(Duration.ofHours(1)).minusMillis(1);
    boolean closed = n % 2 == 0;
    Instant eventTime = closed ? close.plusMillis(1) : open.plusSeconds(600);
    return new MarkPriceCandle(
        symbol,
        Timeframe.HOUR_1,
        open,
        close,
        new Ohlc(PRICE, new BigDecimal("65001.00"), TINY, new BigDecimal("64995.00")),
        closed,
        eventTime,
        eventTime.plusMillis(12));
  }

  /**
   * Candle 0 fetched open twice, then closed: the closed one wins although its event time lies
   * before the second open one's.
   */
  public static List<Candle> candleVersions(Symbol symbol) {
    Instant open = candle(symbol, 0).openTime();
    return List.of(
        candle(symbol, 0, false, open.plusSeconds(10)),
        candle(symbol, 0, false, open.plusSeconds(20)),
        candle(symbol, 0, true, open.plusSeconds(15)));
  }

  /** Mark-price candle 1 fetched while open, then closed. */
  public static List<MarkPriceCandle> markPriceCandleVersions(Symbol symbol) {
    MarkPriceCandle open = markPriceCandle(symbol, 1);
    MarkPriceCandle closed =
        new MarkPriceCandle(
            open.symbol(),
            open.timeframe(),
            open.openTime(),
            open.closeTime(),
            new Ohlc(open.open(), open.high(), open.low(), open.close()),
            true,
            open.closeTime().plusMillis(1),
            open.closeTime().plusSeconds(5));
    return List.of(open, closed);
  }
}
