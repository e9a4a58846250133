package com.mdm.domain.port.in;

import java.util.List;
import java.util.Objects;

/**
 * One page of records in the query's order.
 *
 * @param nextCursor opaque position after the last record; null when there is nothing after it
 */
public record SeriesPage<T>(List<T> records, String nextCursor) {

  public SeriesPage {
    records = List.copyOf(Objects.requireNonNull(records, "records must not be null"));
  }
}
