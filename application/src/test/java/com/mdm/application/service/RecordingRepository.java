package com.mdm.application.service;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.RecordOrigin;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.port.out.SeriesRepository;
import com.mdm.domain.port.out.SeriesStore;
import com.mdm.domain.port.out.WriteResult;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for every series repository: records each batch it is asked to write (with the thread's
 * view of time), and fails while {@link #failWith} is set.
 */
final class RecordingRepository implements SeriesRepository<MarketEvent> {

  final List<List<MarketEvent>> batches = new CopyOnWriteArrayList<>();
  final List<RecordOrigin> origins = new CopyOnWriteArrayList<>();
  volatile RuntimeException failWith;

  SeriesStore asStore() {
    return type -> this;
  }

  int recordCount() {
    return batches.stream().mapToInt(List::size).sum();
  }

  @Override
  public CompletableFuture<WriteResult> saveAll(List<MarketEvent> records) {
    if (failWith != null) {
      return CompletableFuture.failedFuture(failWith);
    }
    batches.add(List.copyOf(records));
    return CompletableFuture.completedFuture(new WriteResult(records.size(), 0));
  }

  @Override
  public CompletableFuture<WriteResult> saveAll(
      List<MarketEvent> records, List<RecordOrigin> originsOfRecords) {
    CompletableFuture<WriteResult> saved = saveAll(records);
    if (!saved.isCompletedExceptionally()) {
      origins.addAll(originsOfRecords);
    }
    return saved;
  }

  @Override
  public List<MarketEvent> range(SeriesKey key, TimeRange range, int limit, SortOrder order) {
    throw new AssertionError("range is not used by ingest");
  }

  @Override
  public List<MarketEvent> latest(SeriesKey key, int limit) {
    throw new AssertionError("latest is not used by ingest");
  }

  @Override
  public long count(SeriesKey key, TimeRange range) {
    throw new AssertionError("count is not used by ingest");
  }
}
