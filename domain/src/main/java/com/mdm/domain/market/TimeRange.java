package com.mdm.domain.market;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A half-open time interval {@code [from, to)}. */
public record TimeRange(Instant from, Instant to) {

  public TimeRange {
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
  }

  public static TimeRange of(Instant from, Instant to) {
    return new TimeRange(from, to);
  }

  /** Everything from the epoch up to the far future. */
  public static TimeRange all() {
    return new TimeRange(Instant.EPOCH, Instant.parse("9999-12-31T23:59:59Z"));
  }

  public boolean contains(Instant instant) {
    return !instant.isBefore(from) && instant.isBefore(to);
  }

  public Duration duration() {
    return Duration.between(from, to);
  }
}
