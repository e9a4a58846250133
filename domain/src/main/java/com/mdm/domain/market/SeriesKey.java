package com.mdm.domain.market;

import java.util.Objects;

/** Identifies one stored series: its type, symbol and (for the kline types only) timeframe. */
public record SeriesKey(SeriesType type, Symbol symbol, Timeframe timeframe) {

  public SeriesKey {
    Objects.requireNonNull(type, "type must not be null");
    Objects.requireNonNull(symbol, "symbol must not be null");
    if (type.hasTimeframe() && timeframe == null) {
      throw new IllegalArgumentException("timeframe is required for " + type);
    }
    if (!type.hasTimeframe() && timeframe != null) {
      throw new IllegalArgumentException("timeframe is not allowed for " + type);
    }
  }

  public static SeriesKey of(SeriesType type, Symbol symbol) {
    return new SeriesKey(type, symbol, null);
  }

  public static SeriesKey candles(Symbol symbol, Timeframe timeframe) {
    return new SeriesKey(SeriesType.CANDLES, symbol, timeframe);
  }

  public static SeriesKey markPriceCandles(Symbol symbol, Timeframe timeframe) {
    return new SeriesKey(SeriesType.MARK_PRICE_CANDLES, symbol, timeframe);
  }

  /** Storage location, e.g. {@code trades_BTCUSDT} or {@code candles_BTCUSDT_1m}. */
  public String collectionName() {
    return type.collectionPrefix() + suffix();
  }

  /** Catalog id, e.g. {@code agg_trades_BTCUSDT} or {@code candles_BTCUSDT_1m}. */
  public String datasetId() {
    return type.datasetPrefix() + suffix();
  }

  private String suffix() {
    return "_" + symbol.value() + (timeframe == null ? "" : "_" + timeframe.code());
  }

  @Override
  public String toString() {
    return datasetId();
  }
}
