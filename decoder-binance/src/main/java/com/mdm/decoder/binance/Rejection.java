package com.mdm.decoder.binance;

import java.util.Objects;

/**
 * One thing the decoder refused, with a detail naming the field and value involved.
 *
 * @param detail single-line, human-readable, e.g. {@code aggTrade: missing field 'a'}
 */
public record Rejection(RejectReason reason, String detail) {

  public Rejection {
    Objects.requireNonNull(reason, "reason must not be null");
    Objects.requireNonNull(detail, "detail must not be null");
  }

  @Override
  public String toString() {
    return reason.code() + ": " + detail;
  }
}
