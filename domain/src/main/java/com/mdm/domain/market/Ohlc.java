package com.mdm.domain.market;

import static com.mdm.domain.market.Fields.positive;

import java.math.BigDecimal;

/** The open, high, low and close prices of one candle; high is never below low. */
public record Ohlc(BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close) {

  public Ohlc {
    check(open, high, low, close);
  }

  /** The rule for any four such prices (a ticker's too): each > 0, high >= low. */
  static void check(BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close) {
    positive(open, "open");
    positive(high, "high");
    positive(low, "low");
    positive(close, "close");
    if (high.compareTo(low) < 0) {
      throw new IllegalArgumentException(
          "high " + high.toPlainString() + " must be >= low " + low.toPlainString());
    }
  }

  /** Whether open and close lie inside [low, high]; Binance data should always satisfy it. */
  public boolean isConsistent() {
    return low.compareTo(open) <= 0
        && open.compareTo(high) <= 0
        && low.compareTo(close) <= 0
        && close.compareTo(high) <= 0;
  }
}
