package com.mdm.domain.market;

/** The side of an order. */
public enum Side {
  BUY,
  SELL;

  /** Parses Binance's {@code BUY}/{@code SELL}. */
  public static Side of(String value) {
    if ("BUY".equals(value)) {
      return BUY;
    }
    if ("SELL".equals(value)) {
      return SELL;
    }
    throw new IllegalArgumentException("side '" + value + "' is invalid: expected BUY or SELL");
  }
}
