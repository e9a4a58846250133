package com.mdm.testsupport.fake;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Instants as the stores keep them: whole milliseconds. */
final class Millis {

  private Millis() {}

  /** The instant cut to its millisecond, as MySQL's {@code DATETIME(3)} and BSON dates keep it. */
  static Instant floor(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
  }

  /**
   * The instant rounded up to the next whole millisecond: a bound that a whole-millisecond time
   * passes exactly when it passes the instant itself (see the MongoDB codec's {@code
   * ceilingMillis}).
   */
  static Instant ceiling(Instant instant) {
    Instant floor = floor(instant);
    return floor.equals(instant) ? floor : floor.plusMillis(1);
  }
}
