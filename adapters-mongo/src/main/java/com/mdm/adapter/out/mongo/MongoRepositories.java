package com.mdm.adapter.out.mongo;

import com.mdm.application.service.MarketDataRepositories;
import com.mongodb.reactivestreams.client.MongoDatabase;

/** Every series repository on one MongoDB database. */
public final class MongoRepositories {

  private MongoRepositories() {}

  public static MarketDataRepositories create(MongoDatabase database, MongoStorageConfig config) {
    return new MarketDataRepositories(
        new MongoTradeRepository(database, config),
        new MongoAggregateTradeRepository(database, config),
        new MongoCandleRepository(database, config),
        new MongoDepthRepository(database, config),
        new MongoMarkPriceRepository(database, config),
        new MongoFundingRateRepository(database, config),
        new MongoTickerRepository(database, config),
        new MongoBookTickerRepository(database, config),
        new MongoLiquidationRepository(database, config),
        new MongoMarkPriceCandleRepository(database, config));
  }
}
