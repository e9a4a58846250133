package com.mdm.domain.metadata;

/** Where a figure of a reconciliation finding comes from. */
public enum ReconciliationSource {
  /** The candle stored in the dataset. */
  STORED_CANDLE,
  /** A candle rebuilt from the stored aggregate trades of the same minute. */
  AGG_TRADES,
  /** The kline the Binance REST API answers for the same minute. */
  BINANCE_REST
}
