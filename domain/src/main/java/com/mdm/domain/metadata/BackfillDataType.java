package com.mdm.domain.metadata;

/** What a backfill job fetches from the exchange's REST API. */
public enum BackfillDataType {
  CANDLES,
  AGG_TRADES,
  FUNDING_RATES,
  MARK_PRICE_CANDLES;

  /** Whether a job of this type names a timeframe: the candle types must, the others must not. */
  public boolean requiresTimeframe() {
    return this == CANDLES || this == MARK_PRICE_CANDLES;
  }
}
