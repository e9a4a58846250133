package com.mdm.application.service.backfill;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.port.out.SeriesRepository;
import com.mdm.domain.port.out.SeriesStore;
import com.mdm.domain.port.out.WriteResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Every series repository in memory, keyed by series and series time (unique in the test data), so
 * that a record saved twice is a duplicate; fails writes while {@link #failWith} is set.
 */
final class InMemorySeries implements SeriesRepository<MarketEvent> {

  private final Map<List<Object>, MarketEvent> stored = new LinkedHashMap<>();
  volatile RuntimeException failWith;

  SeriesStore repositories() {
    return type -> this;
  }

  synchronized List<MarketEvent> all() {
    return new ArrayList<>(stored.values());
  }

  @Override
  public CompletableFuture<WriteResult> saveAll(List<MarketEvent> records) {
    if (failWith != null) {
      return CompletableFuture.failedFuture(failWith);
    }
    return CompletableFuture.completedFuture(save(records));
  }

  private synchronized WriteResult save(List<MarketEvent> records) {
    long written = 0;
    for (MarketEvent event : records) {
      if (stored.putIfAbsent(List.of(event.seriesKey(), event.seriesTime()), event) == null) {
        written++;
      }
    }
    return new WriteResult(written, records.size() - written);
  }

  @Override
  public List<MarketEvent> range(SeriesKey key, TimeRange range, int limit, SortOrder order) {
    throw new AssertionError("range is not used by backfill");
  }

  @Override
  public List<MarketEvent> latest(SeriesKey key, int limit) {
    throw new AssertionError("latest is not used by backfill");
  }

  @Override
  public long count(SeriesKey key, TimeRange range) {
    throw new AssertionError("count is not used by backfill");
  }
}
