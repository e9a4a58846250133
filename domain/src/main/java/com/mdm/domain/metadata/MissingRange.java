package com.mdm.domain.metadata;

import java.time.Instant;
import java.util.Objects;

/**
 * Records missing from an hour: for a candle grid the missing open times {@code [start, end)}, for
 * a sequenced series the ids {@code [firstId, lastId]} and the time between the records around
 * them.
 *
 * @param count how many records are missing; null where the ids do not tell (the depth chain)
 * @param firstId the first missing id; null for time-keyed series
 * @param lastId the last missing id; null for time-keyed series
 */
public record MissingRange(Instant start, Instant end, Long count, Long firstId, Long lastId) {

  public MissingRange {
    Objects.requireNonNull(start, "start must not be null");
    Objects.requireNonNull(end, "end must not be null");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("end " + end + " must not be before start " + start);
    }
    if (count != null && count < 1) {
      throw new IllegalArgumentException("count must be >= 1 but was " + count);
    }
    if ((firstId == null) != (lastId == null)) {
      throw new IllegalArgumentException("firstId and lastId must both be set or both be null");
    }
    if (firstId != null && lastId < firstId) {
      throw new IllegalArgumentException("lastId " + lastId + " must be >= firstId " + firstId);
    }
  }

  /** Missing open times {@code [start, end)} of a grid, {@code count} of them. */
  public static MissingRange ofTimes(Instant start, Instant end, long count) {
    return new MissingRange(start, end, count, null, null);
  }

  /** Whether this range and {@code [from, to)} share any time. */
  public boolean overlaps(Instant from, Instant to) {
    return start.isBefore(to)
        && (end.isAfter(from) || (end.equals(start) && !start.isBefore(from)));
  }
}
