package com.mdm.domain.port.out;

import java.time.Instant;
import java.util.Objects;

/**
 * Where the next page of exchange history starts: a time, and for id-paged series (aggregate
 * trades) the first id to fetch once it is known.
 *
 * @param time the series time from which records are wanted; for id-paged series, the time of the
 *     last record fetched (it measures progress)
 * @param fromId the first id of the next page; null until the id at {@code time} has been found
 */
public record HistoryCursor(Instant time, Long fromId) {

  public HistoryCursor {
    Objects.requireNonNull(time, "time must not be null");
    if (fromId != null && fromId < 0) {
      throw new IllegalArgumentException("fromId must be >= 0 but was " + fromId);
    }
  }

  /** The start of a range, before any page was fetched. */
  public static HistoryCursor at(Instant time) {
    return new HistoryCursor(time, null);
  }
}
