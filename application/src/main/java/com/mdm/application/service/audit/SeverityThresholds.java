package com.mdm.application.service.audit;

import com.mdm.domain.metadata.Severity;
import java.time.Duration;
import java.util.Objects;

/**
 * How long a gap must last to be rated {@code MEDIUM}, {@code HIGH} or {@code CRITICAL}; anything
 * shorter is {@code LOW}. Each threshold is exclusive: a gap of exactly one hour is not longer than
 * one hour.
 */
public record SeverityThresholds(Duration medium, Duration high, Duration critical) {

  public SeverityThresholds {
    Objects.requireNonNull(medium, "medium must not be null");
    Objects.requireNonNull(high, "high must not be null");
    Objects.requireNonNull(critical, "critical must not be null");
    if (medium.isNegative() || high.compareTo(medium) < 0 || critical.compareTo(high) < 0) {
      throw new IllegalArgumentException(
          "severity thresholds must satisfy 0 <= medium <= high <= critical but were "
              + medium
              + ", "
              + high
              + ", "
              + critical);
    }
  }

  /** Longer than 5 minutes is medium, longer than 1 hour high, longer than 6 hours critical. */
  public static SeverityThresholds defaults() {
    return new SeverityThresholds(Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofHours(6));
  }

  public Severity of(Duration gap) {
    if (gap.compareTo(critical) > 0) {
      return Severity.CRITICAL;
    }
    if (gap.compareTo(high) > 0) {
      return Severity.HIGH;
    }
    if (gap.compareTo(medium) > 0) {
      return Severity.MEDIUM;
    }
    return Severity.LOW;
  }
}
