package com.mdm.domain.port.out;

import java.time.Instant;

/**
 * A call to the exchange failed: rejected (an invalid symbol, a bad parameter: retrying cannot
 * help) or unavailable (rate limited, banned, down, timing out: a later attempt may succeed).
 */
public final class ExchangeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int httpStatus;
  private final Integer exchangeCode;
  private final boolean retryable;
  private final Instant retryAt;

  private ExchangeException(
      String message,
      int httpStatus,
      Integer exchangeCode,
      boolean retryable,
      Instant retryAt,
      Throwable cause) {
    super(message, cause);
    this.httpStatus = httpStatus;
    this.exchangeCode = exchangeCode;
    this.retryable = retryable;
    this.retryAt = retryAt;
  }

  /** The exchange refused the request itself; the same request will fail again. */
  public static ExchangeException rejected(String message, int httpStatus, Integer exchangeCode) {
    return new ExchangeException(message, httpStatus, exchangeCode, false, null, null);
  }

  /**
   * The exchange could not serve the request now; {@code retryAt} is the earliest sensible retry
   * (null when unknown), {@code httpStatus} 0 when there was no response.
   */
  public static ExchangeException unavailable(
      String message, int httpStatus, Instant retryAt, Throwable cause) {
    return new ExchangeException(message, httpStatus, null, true, retryAt, cause);
  }

  /** The HTTP status of the last response, 0 when none arrived (timeout, connection refused). */
  public int httpStatus() {
    return httpStatus;
  }

  /** The exchange's own error code (e.g. Binance {@code -1121}), null when it sent none. */
  public Integer exchangeCode() {
    return exchangeCode;
  }

  /** Whether the same request may succeed later. */
  public boolean retryable() {
    return retryable;
  }

  /** The earliest time a retry makes sense (e.g. the end of an IP ban); null when unknown. */
  public Instant retryAt() {
    return retryAt;
  }
}
