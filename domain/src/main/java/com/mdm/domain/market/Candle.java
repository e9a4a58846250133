package com.mdm.domain.market;

import static com.mdm.domain.market.Fields.nonNegative;
import static com.mdm.domain.market.Fields.positive;
import static com.mdm.domain.market.Fields.required;
import static com.mdm.domain.market.Fields.time;

import java.math.BigDecimal;
import java.time.Instant;

/** A kline, keyed by its open time and timeframe; updated while open, final once {@code closed}. */
public record Candle(
    Symbol symbol,
    Timeframe timeframe,
    Instant openTime,
    Instant closeTime,
    BigDecimal open,
    BigDecimal high,
    BigDecimal low,
    BigDecimal close,
    BigDecimal volume,
    BigDecimal quoteVolume,
    long tradeCount,
    BigDecimal takerBuyBaseVolume,
    BigDecimal takerBuyQuoteVolume,
    boolean closed,
    Instant eventTime,
    Instant receivedAt)
    implements MarketEvent {

  public Candle {
    required(symbol, "symbol");
    required(timeframe, "timeframe");
    time(openTime, "openTime");
    time(closeTime, "closeTime");
    if (!closeTime.isAfter(openTime)) {
      throw new IllegalArgumentException(
          "closeTime " + closeTime + " must be after openTime " + openTime);
    }
    positive(open, "open");
    positive(high, "high");
    positive(low, "low");
    positive(close, "close");
    if (high.compareTo(low) < 0) {
      throw new IllegalArgumentException(
          "high " + high.toPlainString() + " must be >= low " + low.toPlainString());
    }
    nonNegative(volume, "volume");
    nonNegative(quoteVolume, "quoteVolume");
    nonNegative(tradeCount, "tradeCount");
    nonNegative(takerBuyBaseVolume, "takerBuyBaseVolume");
    nonNegative(takerBuyQuoteVolume, "takerBuyQuoteVolume");
    time(eventTime, "eventTime");
    time(receivedAt, "receivedAt");
  }

  /** Whether open and close lie inside [low, high]; Binance data should always satisfy it. */
  public boolean isConsistent() {
    return low.compareTo(open) <= 0
        && open.compareTo(high) <= 0
        && low.compareTo(close) <= 0
        && close.compareTo(high) <= 0;
  }

  @Override
  public SeriesKey seriesKey() {
    return SeriesKey.candles(symbol, timeframe);
  }

  @Override
  public Instant seriesTime() {
    return openTime;
  }
}
