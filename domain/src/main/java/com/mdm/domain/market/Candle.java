package com.mdm.domain.market;

import static com.mdm.domain.market.Fields.nonNegative;
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
    Ohlc ohlc,
    BigDecimal volume,
    BigDecimal quoteVolume,
    long tradeCount,
    BigDecimal takerBuyBaseVolume,
    BigDecimal takerBuyQuoteVolume,
    boolean closed,
    Instant eventTime,
    Instant receivedAt)
    implements MarketEvent, Kline {

  public Candle {
    required(symbol, "symbol");
    required(timeframe, "timeframe");
    time(openTime, "openTime");
    time(closeTime, "closeTime");
    if (!closeTime.isAfter(openTime)) {
      throw new IllegalArgumentException(
          "closeTime " + closeTime + " must be after openTime " + openTime);
    }
    required(ohlc, "ohlc");
    nonNegative(volume, "volume");
    nonNegative(quoteVolume, "quoteVolume");
    nonNegative(tradeCount, "tradeCount");
    nonNegative(takerBuyBaseVolume, "takerBuyBaseVolume");
    nonNegative(takerBuyQuoteVolume, "takerBuyQuoteVolume");
    time(eventTime, "eventTime");
    time(receivedAt, "receivedAt");
  }

  @Override
  public SeriesKey seriesKey() {
    return SeriesKey.candles(symbol, timeframe);
  }

  @Override
  public Instant seriesTime() {
    return openTime;
  }

  @Override
  public String keyWithinTime() {
    return "";
  }
}
