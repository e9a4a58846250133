package com.mdm.adapter.in.synthetic;

/**
 * What the market does at a point of its virtual time, per symbol. At one millisecond tasks run in
 * this order, so a kline closes before a fill of the same millisecond opens the next one.
 */
enum TaskKind {
  /** At each minute boundary: close the klines ending there. */
  KLINE_CLOSE,
  /** Every kline update interval: send the klines fills changed. */
  KLINE_UPDATE,
  /** A taker order, at random (Poisson) times: trades, an aggregate trade, a book ticker. */
  ORDER,
  /** Every 100 ms: a diff depth event. */
  DEPTH,
  /** Every 500 ms: a partial depth snapshot. */
  PARTIAL,
  /** Every second: a mark price with the funding rate. */
  MARK,
  /** Every 2 s: a 24-hour ticker and a 24-hour mini ticker. */
  TICKERS,
  /** At random (Poisson) times, on average every 30 s: a liquidation. */
  LIQUIDATION
}
