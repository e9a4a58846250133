package com.mdm.domain.market;

import static com.mdm.domain.market.Fields.positive;
import static com.mdm.domain.market.Fields.required;
import static com.mdm.domain.market.Fields.time;

import java.math.BigDecimal;
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
    BigDecimal open,
    BigDecimal high,
    BigDecimal low,
    BigDecimal close,
    boolean closed,
    Instant eventTime,
    Instant receivedAt)
    implements MarketEvent {

  public MarkPriceCandle {
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
}
