package com.mdm.adapter.out.binance;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/** The Binance response headers the client acts on; malformed values count as absent. */
final class ResponseHeaders {

  private static final String USED_WEIGHT = "X-MBX-USED-WEIGHT-1M";

  private ResponseHeaders() {}

  /** {@code Retry-After}, in seconds at Binance. */
  static Optional<Duration> retryAfter(HttpResponse<byte[]> response) {
    OptionalLong seconds = header(response, "Retry-After");
    return seconds.isPresent() && seconds.getAsLong() >= 0
        ? Optional.of(Duration.ofSeconds(seconds.getAsLong()))
        : Optional.empty();
  }

  /** {@code X-MBX-USED-WEIGHT-1M}: weight the IP used in the current minute; -1 when absent. */
  static int usedWeight(HttpResponse<byte[]> response) {
    OptionalLong used = header(response, USED_WEIGHT);
    return used.isPresent() ? (int) Math.min(used.getAsLong(), Integer.MAX_VALUE) : -1;
  }

  private static OptionalLong header(HttpResponse<byte[]> response, String name) {
    return response
        .headers()
        .firstValue(name)
        .map(String::strip)
        .filter(value -> value.matches("\\d{1,12}"))
        .map(value -> OptionalLong.of(Long.parseLong(value)))
        .orElse(OptionalLong.empty());
  }
}
