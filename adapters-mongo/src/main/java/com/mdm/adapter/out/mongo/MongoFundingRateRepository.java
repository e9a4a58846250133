package com.mdm.adapter.out.mongo;

import com.mdm.domain.market.FundingRate;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.port.out.FundingRateRepository;
import com.mdm.domain.port.out.WriteResult;
import com.mongodb.reactivestreams.client.MongoDatabase;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The {@link FundingRateRepository} on MongoDB: one rate per funding time in {@code
 * funding_rates_{SYMBOL}}, latest announcement winning.
 */
public final class MongoFundingRateRepository implements FundingRateRepository {

  private final MongoSeriesStore<FundingRate> store;

  public MongoFundingRateRepository(MongoDatabase database, MongoStorageConfig config) {
    this.store = new MongoSeriesStore<>(database, config, FundingRateMapper.codec());
  }

  @Override
  public CompletableFuture<WriteResult> saveAll(List<FundingRate> records) {
    return store.saveAll(records);
  }

  @Override
  public List<FundingRate> range(SeriesKey key, TimeRange range, int limit, SortOrder order) {
    return store.range(key, range, limit, order);
  }

  @Override
  public List<FundingRate> latest(SeriesKey key, int limit) {
    return store.latest(key, limit);
  }

  @Override
  public long count(SeriesKey key, TimeRange range) {
    return store.count(key, range);
  }

  /**
   * Creates the indexes of the series' collection now, e.g. at start-up for configured symbols;
   * idempotent. Writes create them anyway before the first write to a collection.
   */
  public void ensureIndexes(SeriesKey key) {
    store.ensureIndexes(key);
  }
}
