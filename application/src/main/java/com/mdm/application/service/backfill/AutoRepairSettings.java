package com.mdm.application.service.backfill;

import java.time.Duration;
import java.util.Objects;

/**
 * When gaps found by the auditor become backfill jobs.
 *
 * @param minGap gaps shorter than this are left alone ({@code MIN_AUTO_BACKFILL_GAP}, 1 h)
 * @param interval how often open gaps are looked at
 * @param priority priority of the jobs created, below that of requested jobs by default
 * @param maxJobsPerRound jobs created at most per round, so a long outage does not flood the queue
 * @param maxFailedJobsPerGap failed repairs of one gap after which it is re-audited as final
 *     (unrecoverable if data is still missing) instead of tried again
 * @param repairHistory whether gaps caused by {@code not_collected} (history before the series'
 *     first stored record) are repaired too ({@code AUTO_BACKFILL_HISTORY}, off by default)
 */
public record AutoRepairSettings(
    Duration minGap,
    Duration interval,
    int priority,
    int maxJobsPerRound,
    int maxFailedJobsPerGap,
    boolean repairHistory) {

  /** Settings that leave {@code not_collected} history alone. */
  public AutoRepairSettings(
      Duration minGap,
      Duration interval,
      int priority,
      int maxJobsPerRound,
      int maxFailedJobsPerGap) {
    this(minGap, interval, priority, maxJobsPerRound, maxFailedJobsPerGap, false);
  }

  public AutoRepairSettings {
    Objects.requireNonNull(minGap, "minGap must not be null");
    if (minGap.isNegative()) {
      throw new IllegalArgumentException("minGap must be >= 0 but was " + minGap);
    }
    Objects.requireNonNull(interval, "interval must not be null");
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("interval must be > 0 but was " + interval);
    }
    if (maxJobsPerRound < 1) {
      throw new IllegalArgumentException("maxJobsPerRound must be >= 1 but was " + maxJobsPerRound);
    }
    if (maxFailedJobsPerGap < 1) {
      throw new IllegalArgumentException(
          "maxFailedJobsPerGap must be >= 1 but was " + maxFailedJobsPerGap);
    }
  }

  /**
   * Gaps of an hour or more, every 5 minutes, priority 0, 50 jobs per round, 3 failures, no
   * history.
   */
  public static AutoRepairSettings defaults() {
    return new AutoRepairSettings(Duration.ofHours(1), Duration.ofMinutes(5), 0, 50, 3, false);
  }

  /** These settings, repairing {@code not_collected} history too when {@code repair}. */
  public AutoRepairSettings withHistory(boolean repair) {
    return new AutoRepairSettings(
        minGap, interval, priority, maxJobsPerRound, maxFailedJobsPerGap, repair);
  }
}
