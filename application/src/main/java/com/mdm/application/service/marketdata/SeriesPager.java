package com.mdm.application.service.marketdata;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.port.in.SeriesPage;
import com.mdm.domain.port.out.SeriesRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cuts a series into pages that neither skip nor repeat a record, over the repository's time-range
 * reads alone.
 *
 * <p>The repository orders by series time, and several records can share one millisecond (trades,
 * book tickers, depth). So a page is built from whole milliseconds: every millisecond inside the
 * page is read as returned, and the millisecond at the page's edge is read again in full and
 * ordered by {@link Tiebreak}, the rest of the natural key. The cursor holds that millisecond and
 * the tiebreak of the last record served; the next page serves the rest of that millisecond, then
 * continues after it. The order within a millisecond is thus the service's own and does not depend
 * on how the store sorts ties.
 */
final class SeriesPager {

  /** More records than this in one millisecond of one series is taken as a fault, not paged. */
  static final int MAX_RECORDS_PER_MILLISECOND = 10_000;

  private SeriesPager() {}

  static <T extends MarketEvent> SeriesPage<T> page(
      SeriesRepository<T> repository,
      SeriesKey key,
      TimeRange range,
      int limit,
      SortOrder order,
      PageCursor after) {
    List<T> out = new ArrayList<>(limit);
    TimeRange rest = range;
    if (after != null) {
      List<T> remaining =
          millisecond(repository, key, after.time(), order).stream()
              .filter(record -> follows(Tiebreak.of(record), after.key(), order))
              .toList();
      if (remaining.size() > limit) {
        out.addAll(remaining.subList(0, limit));
        return new SeriesPage<>(out, cursorAfter(key, order, out.getLast()));
      }
      out.addAll(remaining);
      rest = restAfter(range, after.time(), order);
      if (rest == null) {
        return new SeriesPage<>(out, null);
      }
    }
    int need = limit - out.size();
    List<T> batch = repository.range(key, rest, need + 1, order);
    if (batch.size() <= need) {
      out.addAll(sorted(batch, order));
      return new SeriesPage<>(out, null);
    }
    if (need == 0) {
      return new SeriesPage<>(out, cursorAfter(key, order, out.getLast()));
    }
    // The page ends inside the millisecond of batch[need - 1]: serve the milliseconds before it as
    // read, and that millisecond in full, ordered by tiebreak.
    T edge = batch.get(need - 1);
    Instant boundary = edge.seriesTime();
    out.addAll(
        sorted(
            batch.subList(0, need).stream()
                .filter(record -> !record.seriesTime().equals(boundary))
                .toList(),
            order));
    List<T> group = millisecond(repository, key, boundary, order);
    int take = Math.min(limit - out.size(), group.size());
    out.addAll(group.subList(0, take));
    boolean more = take < group.size() || !batch.getLast().seriesTime().equals(boundary);
    if (!more) {
      return new SeriesPage<>(out, null);
    }
    // Records can expire between the two reads; then continue after the edge record.
    T last = take > 0 ? out.getLast() : edge;
    return new SeriesPage<>(out, cursorAfter(key, order, last));
  }

  private static <T extends MarketEvent> List<T> millisecond(
      SeriesRepository<T> repository, SeriesKey key, Instant time, SortOrder order) {
    List<T> records =
        repository.range(
            key,
            TimeRange.of(time, time.plusMillis(1)),
            MAX_RECORDS_PER_MILLISECOND + 1,
            SortOrder.ASCENDING);
    if (records.size() > MAX_RECORDS_PER_MILLISECOND) {
      throw new IllegalStateException(
          "more than "
              + MAX_RECORDS_PER_MILLISECOND
              + " records of "
              + key
              + " share the millisecond "
              + time
              + "; cannot page through them");
    }
    return sorted(records, order);
  }

  private static <T extends MarketEvent> List<T> sorted(List<T> records, SortOrder order) {
    Comparator<MarketEvent> ascending = Tiebreak.ascending();
    return records.stream()
        .sorted(order == SortOrder.ASCENDING ? ascending : ascending.reversed())
        .toList();
  }

  private static boolean follows(String tiebreak, String afterKey, SortOrder order) {
    int comparison = tiebreak.compareTo(afterKey);
    return order == SortOrder.ASCENDING ? comparison > 0 : comparison < 0;
  }

  /** The part of {@code range} after the millisecond {@code time}; null when nothing is left. */
  private static TimeRange restAfter(TimeRange range, Instant time, SortOrder order) {
    Instant from = range.from();
    Instant to = range.to();
    if (order == SortOrder.ASCENDING) {
      Instant next = time.plusMillis(1);
      from = next.isAfter(from) ? next : from;
    } else {
      to = time.isBefore(to) ? time : to;
    }
    return from.isBefore(to) ? TimeRange.of(from, to) : null;
  }

  private static String cursorAfter(SeriesKey key, SortOrder order, MarketEvent record) {
    return PageCursor.after(key.datasetId(), order, record).encode();
  }
}
