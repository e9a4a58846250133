package com.mdm.domain.port.in;

import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SortOrder;
import java.time.Instant;
import java.util.Objects;

/**
 * One page of a stored series: records whose series time lies in {@code [start, end)}.
 *
 * @param start null for the beginning of the series
 * @param end null for no upper bound
 * @param limit null for the service's default page size
 * @param cursor null for the first page, else the {@code nextCursor} of the previous page
 */
public record SeriesQuery(
    SeriesKey key, Instant start, Instant end, Integer limit, SortOrder order, String cursor) {

  public SeriesQuery {
    Objects.requireNonNull(key, "key must not be null");
    Objects.requireNonNull(order, "order must not be null");
  }
}
