package com.mdm.benchmarks;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.port.out.SeriesRepository;
import com.mdm.domain.port.out.SeriesStore;
import com.mdm.domain.port.out.WriteResult;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A store that accepts every batch at once and keeps nothing: with it the harness measures the
 * pipeline's own ceiling (NATS, decoding, batching, acknowledgements) without a store.
 */
final class DiscardingSeriesStore implements SeriesStore, SeriesRepository<MarketEvent> {

  @Override
  public SeriesRepository<MarketEvent> repository(SeriesType type) {
    return this;
  }

  @Override
  public CompletableFuture<WriteResult> saveAll(List<MarketEvent> records) {
    return CompletableFuture.completedFuture(new WriteResult(records.size(), 0));
  }

  @Override
  public List<MarketEvent> range(SeriesKey key, TimeRange range, int limit, SortOrder order) {
    throw new UnsupportedOperationException("range is not benchmarked");
  }

  @Override
  public List<MarketEvent> latest(SeriesKey key, int limit) {
    throw new UnsupportedOperationException("latest is not benchmarked");
  }

  @Override
  public long count(SeriesKey key, TimeRange range) {
    throw new UnsupportedOperationException("count is not benchmarked");
  }
}
