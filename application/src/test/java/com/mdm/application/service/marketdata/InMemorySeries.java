package com.mdm.application.service.marketdata;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.port.out.SeriesRepository;
import com.mdm.domain.port.out.SeriesStore;
import com.mdm.domain.port.out.WriteResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every series repository in memory. Records sharing a series time come back in an order of their
 * own (by hash), as a store may order ties in any way; only the time order is kept.
 */
final class InMemorySeries implements SeriesRepository<MarketEvent> {

  private final List<MarketEvent> records = new ArrayList<>();
  final AtomicInteger reads = new AtomicInteger();

  void add(List<? extends MarketEvent> events) {
    records.addAll(events);
  }

  SeriesStore repositories() {
    return type -> this;
  }

  @Override
  public CompletableFuture<WriteResult> saveAll(List<MarketEvent> saved) {
    records.addAll(saved);
    return CompletableFuture.completedFuture(new WriteResult(saved.size(), 0));
  }

  @Override
  public List<MarketEvent> range(SeriesKey key, TimeRange range, int limit, SortOrder order) {
    reads.incrementAndGet();
    Comparator<MarketEvent> byTime =
        Comparator.comparing(MarketEvent::seriesTime)
            .thenComparing(event -> Integer.toHexString(event.hashCode() * 31));
    return records.stream()
        .filter(event -> event.seriesKey().equals(key))
        .filter(event -> range.contains(event.seriesTime()))
        .sorted(order == SortOrder.ASCENDING ? byTime : byTime.reversed())
        .limit(limit)
        .toList();
  }

  @Override
  public List<MarketEvent> latest(SeriesKey key, int limit) {
    return range(key, TimeRange.all(), limit, SortOrder.DESCENDING);
  }

  @Override
  public long count(SeriesKey key, TimeRange range) {
    return range(key, range, Integer.MAX_VALUE, SortOrder.ASCENDING).size();
  }
}
