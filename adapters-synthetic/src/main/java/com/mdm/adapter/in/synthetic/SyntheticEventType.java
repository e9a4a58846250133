package com.mdm.adapter.in.synthetic;

/** Each kind of frame the synthetic market emits, with its Binance event type {@code e}. */
public enum SyntheticEventType {
  TRADE("trade", "trade"),
  AGG_TRADE("aggTrade", "aggTrade"),
  KLINE("kline", "kline"),
  /** Diff depth, in the producer's envelope. */
  DEPTH_DIFF("depthUpdate", "depthUpdate"),
  /** Partial depth (top 20), as a Binance combined-stream frame. */
  DEPTH_PARTIAL("depthUpdate", "depthUpdate"),
  /** Mark price with the funding rate announced for the next funding time. */
  MARK_PRICE("markPriceUpdate", "markPriceUpdate"),
  TICKER("24hrTicker", "ticker"),
  MINI_TICKER("24hrMiniTicker", "miniTicker"),
  BOOK_TICKER("bookTicker", "bookTicker"),
  /** A liquidation, as a Binance combined-stream frame. */
  FORCE_ORDER("forceOrder", "forceOrder");

  private final String binanceName;
  private final String fixtureName;

  SyntheticEventType(String binanceName, String fixtureName) {
    this.binanceName = binanceName;
    this.fixtureName = fixtureName;
  }

  /** The event type {@code e} inside the frame's data. */
  public String binanceName() {
    return binanceName;
  }

  /** The name of the recorded fixture file holding real frames of this type, without .jsonl. */
  public String fixtureName() {
    return fixtureName;
  }
}
