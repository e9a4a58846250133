package com.mdm.application.service.backfill;

import java.time.Duration;
import java.util.Objects;

/**
 * How a backfill worker runs jobs.
 *
 * @param workerId names this worker in claimed jobs; unique per replica (e.g. host name + pid)
 * @param concurrency jobs run at the same time by this worker
 * @param pollInterval how often the worker looks for pending jobs and for stale running ones
 * @param staleAfter a running job not updated for this long is taken to have lost its worker and is
 *     put back to pending; must exceed the longest wait of one page (rate-limit and ban waits)
 * @param maxAttempts claims of a job after which a retryable failure fails it instead of requeueing
 * @param retryDelay how long the worker claims nothing after a retryable failure with no known end
 * @param progressLogInterval how often a running job logs its progress
 * @param writeTimeout how long the store may take to write one page
 */
public record BackfillSettings(
    String workerId,
    int concurrency,
    Duration pollInterval,
    Duration staleAfter,
    int maxAttempts,
    Duration retryDelay,
    Duration progressLogInterval,
    Duration writeTimeout) {

  public BackfillSettings {
    Objects.requireNonNull(workerId, "workerId must not be null");
    if (workerId.isBlank() || workerId.length() > 128) {
      throw new IllegalArgumentException(
          "workerId must be 1 to 128 characters but was '" + workerId + "'");
    }
    if (concurrency < 1 || concurrency > 64) {
      throw new IllegalArgumentException(
          "concurrency must be between 1 and 64 but was " + concurrency);
    }
    positive(pollInterval, "pollInterval");
    positive(staleAfter, "staleAfter");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be >= 1 but was " + maxAttempts);
    }
    positive(retryDelay, "retryDelay");
    positive(progressLogInterval, "progressLogInterval");
    positive(writeTimeout, "writeTimeout");
  }

  /** Two jobs at a time, polling every 5 s, stale after 10 min, 5 attempts. */
  public static BackfillSettings defaults(String workerId) {
    return new BackfillSettings(
        workerId,
        2,
        Duration.ofSeconds(5),
        Duration.ofMinutes(10),
        5,
        Duration.ofSeconds(30),
        Duration.ofSeconds(30),
        Duration.ofMinutes(1));
  }

  private static void positive(Duration value, String field) {
    Objects.requireNonNull(value, () -> field + " must not be null");
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(field + " must be > 0 but was " + value);
    }
  }
}
