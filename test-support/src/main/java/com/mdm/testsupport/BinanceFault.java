package com.mdm.testsupport;

import java.time.Duration;
import java.util.Map;

/** A scripted answer: a status with a body and headers, after a delay; status 0 = normal. */
public record BinanceFault(int status, String body, Map<String, String> headers, Duration delay) {

  public static BinanceFault status(int status, String body, Map<String, String> headers) {
    return new BinanceFault(status, body, headers, Duration.ZERO);
  }

  /** The normal answer, but only after {@code delay} (longer than a client timeout). */
  public static BinanceFault slow(Duration delay) {
    return new BinanceFault(0, "", Map.of(), delay);
  }
}
