package com.mdm.domain.metadata;

/** What a backfill job fetches from the exchange's REST API. */
public enum BackfillDataType {
  CANDLES,
  AGG_TRADES,
  FUNDING_RATES,
  MARK_PRICE_CANDLES
}
