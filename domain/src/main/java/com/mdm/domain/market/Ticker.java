package com.mdm.domain.market;

import static com.mdm.domain.market.Fields.decimalOrNull;
import static com.mdm.domain.market.Fields.nonNegative;
import static com.mdm.domain.market.Fields.nonNegativeOrNull;
import static com.mdm.domain.market.Fields.required;
import static com.mdm.domain.market.Fields.time;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A rolling 24-hour ticker ({@code 24hrTicker}, or {@code 24hrMiniTicker} when {@code mini}), keyed
 * by its event time. Fields only the full ticker carries are null for a mini ticker.
 */
public record Ticker(
    Symbol symbol,
    boolean mini,
    BigDecimal open,
    BigDecimal high,
    BigDecimal low,
    BigDecimal close,
    BigDecimal volume,
    BigDecimal quoteVolume,
    BigDecimal priceChange,
    BigDecimal priceChangePercent,
    BigDecimal weightedAveragePrice,
    BigDecimal lastQuantity,
    Instant windowOpenTime,
    Instant windowCloseTime,
    Long firstTradeId,
    Long lastTradeId,
    Long tradeCount,
    Instant eventTime,
    Instant receivedAt)
    implements MarketEvent {

  public Ticker {
    required(symbol, "symbol");
    Ohlc.check(open, high, low, close);
    nonNegative(volume, "volume");
    nonNegative(quoteVolume, "quoteVolume");
    decimalOrNull(priceChange, "priceChange");
    decimalOrNull(priceChangePercent, "priceChangePercent");
    nonNegativeOrNull(weightedAveragePrice, "weightedAveragePrice");
    nonNegativeOrNull(lastQuantity, "lastQuantity");
    if (tradeCount != null) {
      nonNegative(tradeCount, "tradeCount");
    }
    time(eventTime, "eventTime");
    time(receivedAt, "receivedAt");
  }

  @Override
  public SeriesKey seriesKey() {
    return SeriesKey.of(SeriesType.TICKERS, symbol);
  }

  @Override
  public Instant seriesTime() {
    return eventTime;
  }

  @Override
  public String keyWithinTime() {
    return mini ? "mini" : "full";
  }
}
