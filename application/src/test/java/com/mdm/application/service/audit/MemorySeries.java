package com.mdm.application.service.audit;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.port.out.SeriesRepository;
import com.mdm.domain.port.out.WriteResult;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A series repository in memory: records ordered by series time, ties in the order they were saved
 * (the tests save in id order, as MongoDB's {@code _id} tie-break would sort them). Range bounds
 * are cut to whole milliseconds, as MongoDB's dates cut them. Counts the range queries it answers.
 */
class MemorySeries<T extends MarketEvent> implements SeriesRepository<T> {

  final List<T> records = new CopyOnWriteArrayList<>();
  final AtomicInteger rangeQueries = new AtomicInteger();

  @Override
  public CompletableFuture<WriteResult> saveAll(List<T> batch) {
    records.addAll(batch);
    return CompletableFuture.completedFuture(new WriteResult(batch.size(), 0));
  }

  @Override
  public List<T> range(SeriesKey key, TimeRange range, int limit, SortOrder order) {
    rangeQueries.incrementAndGet();
    TimeRange stored =
        TimeRange.of(
            range.from().truncatedTo(ChronoUnit.MILLIS), range.to().truncatedTo(ChronoUnit.MILLIS));
    List<T> found = new ArrayList<>();
    for (T record : records) {
      if (record.seriesKey().equals(key) && stored.contains(record.seriesTime())) {
        found.add(record);
      }
    }
    Comparator<T> byTime = Comparator.comparing(MarketEvent::seriesTime);
    found.sort(order == SortOrder.ASCENDING ? byTime : byTime.reversed());
    if (order == SortOrder.DESCENDING) {
      // keep the saved order reversed among equal times, as a descending _id sort would
      found = reverseTies(found);
    }
    return List.copyOf(found.subList(0, Math.min(limit, found.size())));
  }

  @Override
  public List<T> latest(SeriesKey key, int limit) {
    return range(key, TimeRange.all(), limit, SortOrder.DESCENDING);
  }

  @Override
  public long count(SeriesKey key, TimeRange range) {
    return range(key, range, Integer.MAX_VALUE, SortOrder.ASCENDING).size();
  }

  private List<T> reverseTies(List<T> sorted) {
    List<T> result = new ArrayList<>(sorted.size());
    int i = 0;
    while (i < sorted.size()) {
      int j = i;
      while (j < sorted.size() && sorted.get(j).seriesTime().equals(sorted.get(i).seriesTime())) {
        j++;
      }
      List<T> ties = new ArrayList<>(sorted.subList(i, j));
      java.util.Collections.reverse(ties);
      result.addAll(ties);
      i = j;
    }
    return result;
  }
}
