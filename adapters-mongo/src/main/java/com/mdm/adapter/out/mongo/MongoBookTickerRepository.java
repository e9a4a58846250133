package com.mdm.adapter.out.mongo;

import com.mdm.domain.market.BookTicker;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.port.out.BookTickerRepository;
import com.mdm.domain.port.out.WriteResult;
import com.mongodb.reactivestreams.client.MongoDatabase;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The {@link BookTickerRepository} on MongoDB: best bid and ask in {@code book_tickers_{SYMBOL}}.
 */
public final class MongoBookTickerRepository implements BookTickerRepository {

  private final MongoSeriesStore<BookTicker> store;

  public MongoBookTickerRepository(MongoDatabase database, MongoStorageConfig config) {
    this.store = new MongoSeriesStore<>(database, config, BookTickerMapper.codec());
  }

  @Override
  public CompletableFuture<WriteResult> saveAll(List<BookTicker> records) {
    return store.saveAll(records);
  }

  @Override
  public List<BookTicker> range(SeriesKey key, TimeRange range, int limit, SortOrder order) {
    return store.range(key, range, limit, order);
  }

  @Override
  public List<BookTicker> latest(SeriesKey key, int limit) {
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
