package com.mdm.domain.market;

/**
 * Each kind of stored time series, with the collection prefix the seed named for it and the record
 * type its series hold.
 */
public enum SeriesType {
  TRADES("trades", "trades", Trade.class, "trades"),
  AGG_TRADES("trades", "agg_trades", AggregateTrade.class, "aggregate trades"),
  CANDLES("candles", "candles", Candle.class, "candles"),
  DEPTH("depth", "depth", OrderBookDepth.class, "order-book depth updates"),
  MARK_PRICES("mark_prices", "mark_prices", MarkPrice.class, "mark prices"),
  FUNDING_RATES("funding_rates", "funding_rates", FundingRate.class, "funding rates"),
  TICKERS("tickers", "tickers", Ticker.class, "24h tickers"),
  BOOK_TICKERS("book_tickers", "book_tickers", BookTicker.class, "best bid/ask"),
  LIQUIDATIONS("liquidations", "liquidations", Liquidation.class, "liquidations"),
  /** Mark-price klines: from REST backfill only, there is no websocket stream of them. */
  MARK_PRICE_CANDLES(
      "mark_price_candles", "mark_price_candles", MarkPriceCandle.class, "mark-price candles");

  private final String collectionPrefix;
  private final String datasetPrefix;
  private final Class<? extends MarketEvent> recordType;
  private final String description;

  SeriesType(
      String collectionPrefix,
      String datasetPrefix,
      Class<? extends MarketEvent> recordType,
      String description) {
    this.collectionPrefix = collectionPrefix;
    this.datasetPrefix = datasetPrefix;
    this.recordType = recordType;
    this.description = description;
  }

  /** What its series hold, in words, e.g. {@code aggregate trades}; the catalog names it so. */
  public String description() {
    return description;
  }

  /** Prefix of the storage location; trades and aggregate trades share {@code trades_}. */
  public String collectionPrefix() {
    return collectionPrefix;
  }

  /** Prefix of the dataset id in the catalog; unique per type. */
  public String datasetPrefix() {
    return datasetPrefix;
  }

  /** The record type the series of this type hold; each type has one of its own. */
  public Class<? extends MarketEvent> recordType() {
    return recordType;
  }

  /** Whether series of this type are split by timeframe (the kline types). */
  public boolean hasTimeframe() {
    return this == CANDLES || this == MARK_PRICE_CANDLES;
  }
}
