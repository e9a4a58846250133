package com.mdm.application.service.audit;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.port.out.SeriesRepository;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Walks a series in ascending time one page at a time, so that scanning a busy day holds one page
 * in memory, not the day. Each page starts at the time of the last record of the one before; the
 * records at that time already returned are skipped. A page whose records all share one time is
 * read again with a doubled limit, so the walk always moves on.
 */
final class SeriesWalk<T extends MarketEvent> implements Iterator<T> {

  private static final int MAX_LIMIT = 1 << 20;

  private final SeriesRepository<T> repository;
  private final SeriesKey key;
  private final Instant to;
  private final int pageSize;
  private final Deque<T> buffer = new ArrayDeque<>();
  private Instant from;
  private Instant boundary;
  private Set<T> seenAtBoundary = Set.of();
  private boolean exhausted;

  SeriesWalk(SeriesRepository<T> repository, SeriesKey key, TimeRange range, int pageSize) {
    this.repository = repository;
    this.key = key;
    this.from = range.from();
    this.to = range.to();
    this.pageSize = pageSize;
  }

  @Override
  public boolean hasNext() {
    while (buffer.isEmpty() && !exhausted) {
      fetch();
    }
    return !buffer.isEmpty();
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more records in " + key);
    }
    return buffer.removeFirst();
  }

  private void fetch() {
    int limit = pageSize;
    List<T> page = read(limit);
    while (page.size() == limit && sameTime(page)) {
      if (limit >= MAX_LIMIT) {
        throw new IllegalStateException(
            "more than " + MAX_LIMIT + " records of " + key + " share the time " + from);
      }
      limit *= 2;
      page = read(limit);
    }
    exhausted = page.size() < limit;
    if (page.isEmpty()) {
      return;
    }
    Instant last = page.getLast().seriesTime();
    Set<T> seen = new HashSet<>();
    if (last.equals(boundary)) {
      seen.addAll(seenAtBoundary);
    }
    for (T record : page) {
      Instant time = record.seriesTime();
      boolean repeated = time.equals(boundary) && seenAtBoundary.contains(record);
      if (!repeated) {
        buffer.addLast(record);
      }
      if (time.equals(last)) {
        seen.add(record);
      }
    }
    boundary = last;
    seenAtBoundary = seen;
    from = last;
  }

  private List<T> read(int limit) {
    return repository.range(key, TimeRange.of(from, to), limit, SortOrder.ASCENDING);
  }

  private static boolean sameTime(List<? extends MarketEvent> page) {
    return page.getFirst().seriesTime().equals(page.getLast().seriesTime());
  }
}
