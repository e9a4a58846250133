package com.mdm.domain.market;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A kline of trade or mark prices: one timeframe's open, high, low and close, updated while open
 * and final once closed. The price accessors read through to its {@link Ohlc}.
 */
public interface Kline {

  Symbol symbol();

  Timeframe timeframe();

  Instant openTime();

  Instant closeTime();

  Ohlc ohlc();

  boolean closed();

  /** When the exchange emitted this version of the kline. */
  Instant eventTime();

  default BigDecimal open() {
    return ohlc().open();
  }

  default BigDecimal high() {
    return ohlc().high();
  }

  default BigDecimal low() {
    return ohlc().low();
  }

  default BigDecimal close() {
    return ohlc().close();
  }
}
