package com.mdm.adapter.out.mongo;

import com.mdm.domain.market.OrderBookDepth;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.port.out.DepthRepository;
import com.mdm.domain.port.out.WriteResult;
import com.mongodb.reactivestreams.client.MongoDatabase;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The {@link DepthRepository} on MongoDB: diff updates and partial snapshots in {@code
 * depth_{SYMBOL}}.
 */
public final class MongoDepthRepository implements DepthRepository {

  private final MongoSeriesStore<OrderBookDepth> store;

  public MongoDepthRepository(MongoDatabase database, MongoStorageConfig config) {
    this.store = new MongoSeriesStore<>(database, config, DepthMapper.codec());
  }

  @Override
  public CompletableFuture<WriteResult> saveAll(List<OrderBookDepth> records) {
    return store.saveAll(records);
  }

  @Override
  public List<OrderBookDepth> range(SeriesKey key, TimeRange range, int limit, SortOrder order) {
    return store.range(key, range, limit, order);
  }

  @Override
  public List<OrderBookDepth> latest(SeriesKey key, int limit) {
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
