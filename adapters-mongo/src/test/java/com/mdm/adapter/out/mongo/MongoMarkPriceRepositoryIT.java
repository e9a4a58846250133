package com.mdm.adapter.out.mongo;

import com.mdm.domain.market.MarkPrice;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.port.out.SeriesRepository;
import com.mongodb.reactivestreams.client.MongoDatabase;

class MongoMarkPriceRepositoryIT extends SeriesRepositoryContract<MarkPrice> {

  @Override
  protected SeriesType type() {
    return SeriesType.MARK_PRICES;
  }

  @Override
  protected SeriesRepository<MarkPrice> repository(
      MongoDatabase database, MongoStorageConfig config) {
    return new MongoMarkPriceRepository(database, config);
  }

  @Override
  protected MarkPrice record(Symbol symbol, int n) {
    return Samples.markPrice(symbol, n);
  }

  @Override
  protected void ensureIndexes(SeriesRepository<MarkPrice> repository, SeriesKey key) {
    ((MongoMarkPriceRepository) repository).ensureIndexes(key);
  }

  @Override
  protected String priceField() {
    return "markPrice";
  }

  @Override
  protected String tinyField() {
    return "fundingRate";
  }

  @Override
  protected String timeField() {
    return "eventTime";
  }
}
