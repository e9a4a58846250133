package com.mdm.adapter.out.mongo;

import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.port.out.AggregateTradeRepository;
import com.mdm.domain.port.out.WriteResult;
import com.mongodb.reactivestreams.client.MongoDatabase;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The {@link AggregateTradeRepository} on MongoDB: aggregate trades in {@code trades_{SYMBOL}},
 * beside trades.
 */
public final class MongoAggregateTradeRepository implements AggregateTradeRepository {

  private final MongoSeriesStore<AggregateTrade> store;

  public MongoAggregateTradeRepository(MongoDatabase database, MongoStorageConfig config) {
    this.store = new MongoSeriesStore<>(database, config, AggregateTradeMapper.codec());
  }

  @Override
  public CompletableFuture<WriteResult> saveAll(List<AggregateTrade> records) {
    return store.saveAll(records);
  }

  @Override
  public List<AggregateTrade> range(SeriesKey key, TimeRange range, int limit, SortOrder order) {
    return store.range(key, range, limit, order);
  }

  @Override
  public List<AggregateTrade> latest(SeriesKey key, int limit) {
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
