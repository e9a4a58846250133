package com.mdm.domain.market;

/** Each kind of stored time series, with the collection prefix the seed named for it. */
public enum SeriesType {
  TRADES("trades", "trades"),
  AGG_TRADES("trades", "agg_trades"),
  CANDLES("candles", "candles"),
  DEPTH("depth", "depth"),
  MARK_PRICES("mark_prices", "mark_prices"),
  FUNDING_RATES("funding_rates", "funding_rates"),
  TICKERS("tickers", "tickers"),
  BOOK_TICKERS("book_tickers", "book_tickers"),
  LIQUIDATIONS("liquidations", "liquidations"),
  /** Mark-price klines: from REST backfill only, there is no websocket stream of them. */
  MARK_PRICE_CANDLES("mark_price_candles", "mark_price_candles");

  private final String collectionPrefix;
  private final String datasetPrefix;

  SeriesType(String collectionPrefix, String datasetPrefix) {
    this.collectionPrefix = collectionPrefix;
    this.datasetPrefix = datasetPrefix;
  }

  /** Prefix of the storage location; trades and aggregate trades share {@code trades_}. */
  public String collectionPrefix() {
    return collectionPrefix;
  }

  /** Prefix of the dataset id in the catalog; unique per type. */
  public String datasetPrefix() {
    return datasetPrefix;
  }

  /** Whether series of this type are split by timeframe (the kline types). */
  public boolean hasTimeframe() {
    return this == CANDLES || this == MARK_PRICE_CANDLES;
  }
}
