package com.mdm.application.service.backfill;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.RecordOrigin;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.port.out.SeriesRepository;
import com.mdm.domain.port.out.SeriesStore;
import com.mdm.domain.port.out.WriteResult;
import com.mdm.testsupport.fake.ForwardingSeriesRepository;
import com.mdm.testsupport.fake.InMemorySeriesStore;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The shared in-memory store, whose writes fail while {@link #failWith} is set. */
final class FailingWrites implements SeriesStore {

  final InMemorySeriesStore stored = new InMemorySeriesStore();
  volatile RuntimeException failWith;

  @Override
  public SeriesRepository<? extends MarketEvent> repository(SeriesType type) {
    return failing(stored.repository(type));
  }

  private <T extends MarketEvent> SeriesRepository<T> failing(SeriesRepository<T> repository) {
    return new ForwardingSeriesRepository<>(repository) {
      @Override
      public CompletableFuture<WriteResult> saveAll(List<T> records) {
        RuntimeException failure = failWith;
        return failure != null ? CompletableFuture.failedFuture(failure) : super.saveAll(records);
      }

      @Override
      public CompletableFuture<WriteResult> saveAll(List<T> records, List<RecordOrigin> origins) {
        RuntimeException failure = failWith;
        return failure != null
            ? CompletableFuture.failedFuture(failure)
            : super.saveAll(records, origins);
      }
    };
  }
}
