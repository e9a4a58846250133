package com.mdm.adapter.out.mongo;

import java.time.Duration;

/**
 * Outcome of one MongoDB health check.
 *
 * @param up whether the server answered the ping
 * @param latency round trip of the ping; null when down
 * @param serverVersion the server's version, e.g. {@code 8.0.13}; null when down or unknown
 * @param error why the check failed; null when up
 */
public record MongoHealthReport(boolean up, Duration latency, String serverVersion, String error) {

  public static MongoHealthReport up(Duration latency, String serverVersion) {
    return new MongoHealthReport(true, latency, serverVersion, null);
  }

  public static MongoHealthReport down(String error) {
    return new MongoHealthReport(false, null, null, error);
  }
}
