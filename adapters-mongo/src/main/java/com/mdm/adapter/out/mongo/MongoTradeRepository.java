package com.mdm.adapter.out.mongo;

import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.market.Trade;
import com.mdm.domain.port.out.TradeRepository;
import com.mdm.domain.port.out.WriteResult;
import com.mongodb.reactivestreams.client.MongoDatabase;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The {@link TradeRepository} on MongoDB: trades in {@code trades_{SYMBOL}}, beside aggregate
 * trades.
 */
public final class MongoTradeRepository implements TradeRepository {

  private final MongoSeriesStore<Trade> store;

  public MongoTradeRepository(MongoDatabase database, MongoStorageConfig config) {
    this.store = new MongoSeriesStore<>(database, config, TradeMapper.codec());
  }

  @Override
  public CompletableFuture<WriteResult> saveAll(List<Trade> records) {
    return store.saveAll(records);
  }

  @Override
  public List<Trade> range(SeriesKey key, TimeRange range, int limit, SortOrder order) {
    return store.range(key, range, limit, order);
  }

  @Override
  public List<Trade> latest(SeriesKey key, int limit) {
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
