package com.mdm.testsupport.fake;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.RecordOrigin;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.port.out.SeriesRepository;
import com.mdm.domain.port.out.WriteResult;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * A series repository passing every call on to another, for a test that changes one of them (a
 * store that fails, one that counts its reads) and leaves the rest to a proven fake.
 */
public abstract class ForwardingSeriesRepository<T extends MarketEvent>
    implements SeriesRepository<T> {

  private final SeriesRepository<T> repository;

  protected ForwardingSeriesRepository(SeriesRepository<T> repository) {
    this.repository = Objects.requireNonNull(repository, "repository must not be null");
  }

  @Override
  public CompletableFuture<WriteResult> saveAll(List<T> records) {
    return repository.saveAll(records);
  }

  @Override
  public CompletableFuture<WriteResult> saveAll(List<T> records, List<RecordOrigin> origins) {
    return repository.saveAll(records, origins);
  }

  @Override
  public CompletableFuture<Long> correct(List<T> corrections, List<RecordOrigin> origins) {
    return repository.correct(corrections, origins);
  }

  @Override
  public List<RecordOrigin> originsOf(SeriesKey key, List<T> records) {
    return repository.originsOf(key, records);
  }

  @Override
  public List<T> range(SeriesKey key, TimeRange range, int limit, SortOrder order) {
    return repository.range(key, range, limit, order);
  }

  @Override
  public List<T> latest(SeriesKey key, int limit) {
    return repository.latest(key, limit);
  }

  @Override
  public long count(SeriesKey key, TimeRange range) {
    return repository.count(key, range);
  }
}
