package com.mdm.domain.market;

import static com.mdm.domain.market.Fields.required;
import static com.mdm.domain.market.Fields.time;

import java.time.Instant;

/**
 * A mark-price kline, keyed by its open time and timeframe; Binance serves these over REST only
 * ({@code /fapi/v1/markPriceKlines}), so they come from backfill and carry no volume.
 */
public record MarkPriceCandle(
    Symbol symbol,
    Timeframe timeframe,
    Instant openTime,
    Instant closeTime,
    Ohlc ohlc,
    boolean closed,
    Instant eventTime,
    Instant receivedAt)
    implements MarketEvent, Kline {

  public MarkPriceCandle {
    required(symbol, "symbol");
    required(timeframe, "timeframe");
    time(openTime, "openTime");
    time(closeTime, "closeTime");
    if (!closeTime.isAfter(openTime)) {
      throw new IllegalArgumentException(
          "closeTime " + closeTime + " must be after openTime " + openTime);
    }
    required(ohlc, "ohlc");
    time(eventTime, "eventTime");
    time(receivedAt, "receivedAt");
  }

  @Override
  public SeriesKey seriesKey() {
    return SeriesKey.markPriceCandles(symbol, timeframe);
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
