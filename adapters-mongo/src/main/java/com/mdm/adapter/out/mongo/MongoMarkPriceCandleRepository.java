package com.mdm.adapter.out.mongo;

import com.mdm.domain.market.MarkPriceCandle;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.port.out.MarkPriceCandleRepository;
import com.mdm.domain.port.out.WriteResult;
import com.mongodb.reactivestreams.client.MongoDatabase;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The {@link MarkPriceCandleRepository} on MongoDB: mark-price candles in {@code
 * mark_price_candles_{SYMBOL}_{tf}}, updated until closed.
 */
public final class MongoMarkPriceCandleRepository implements MarkPriceCandleRepository {

  private final MongoSeriesStore<MarkPriceCandle> store;

  public MongoMarkPriceCandleRepository(MongoDatabase database, MongoStorageConfig config) {
    this.store = new MongoSeriesStore<>(database, config, MarkPriceCandleMapper.codec());
  }

  @Override
  public CompletableFuture<WriteResult> saveAll(List<MarkPriceCandle> records) {
    return store.saveAll(records);
  }

  @Override
  public List<MarkPriceCandle> range(SeriesKey key, TimeRange range, int limit, SortOrder order) {
    return store.range(key, range, limit, order);
  }

  @Override
  public List<MarkPriceCandle> latest(SeriesKey key, int limit) {
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
