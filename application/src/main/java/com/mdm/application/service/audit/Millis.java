package com.mdm.application.service.audit;

import com.mdm.domain.market.TimeRange;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Cuts clock readings to whole milliseconds, the precision series times are stored with. A clock
 * may read to the nanosecond; a window starting a fraction of a millisecond after a record's time
 * would put that record before the window here while the store, which compares whole milliseconds,
 * still returns it inside.
 */
final class Millis {

  private Millis() {}

  /** {@code time} without its sub-millisecond part (rounded down). */
  static Instant floor(Instant time) {
    return time.truncatedTo(ChronoUnit.MILLIS);
  }

  /** {@code range} with both bounds rounded down to whole milliseconds. */
  static TimeRange floor(TimeRange range) {
    return TimeRange.of(floor(range.from()), floor(range.to()));
  }
}
