package com.mdm.bootstrap;

import com.mdm.adapter.out.mongo.MongoAggregateTradeRepository;
import com.mdm.adapter.out.mongo.MongoBookTickerRepository;
import com.mdm.adapter.out.mongo.MongoCandleRepository;
import com.mdm.adapter.out.mongo.MongoDepthRepository;
import com.mdm.adapter.out.mongo.MongoFundingRateRepository;
import com.mdm.adapter.out.mongo.MongoLiquidationRepository;
import com.mdm.adapter.out.mongo.MongoMarkPriceRepository;
import com.mdm.adapter.out.mongo.MongoStorageConfig;
import com.mdm.adapter.out.mongo.MongoTickerRepository;
import com.mdm.adapter.out.mongo.MongoTradeRepository;
import com.mdm.application.service.MarketDataRepositories;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoDatabase;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import java.util.concurrent.TimeUnit;

/** The MongoDB client and the series repositories on it. */
@Module
interface MongoModule {

  @Provides
  @Singleton
  static MongoClient mongoClient(ServiceConfig config) {
    MongoClientSettings settings =
        MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(config.mongo().uri()))
            .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(10, TimeUnit.SECONDS))
            .applicationName("market-data-manager")
            .build();
    return MongoClients.create(settings);
  }

  @Provides
  @Singleton
  static MongoDatabase mongoDatabase(MongoClient client, ServiceConfig config) {
    return client.getDatabase(config.mongo().database());
  }

  @Provides
  @Singleton
  static MongoStorageConfig storageConfig(ServiceConfig config) {
    return config.mongo().storage();
  }

  @Provides
  @Singleton
  static MarketDataRepositories repositories(MongoDatabase database, MongoStorageConfig config) {
    return new MarketDataRepositories(
        new MongoTradeRepository(database, config),
        new MongoAggregateTradeRepository(database, config),
        new MongoCandleRepository(database, config),
        new MongoDepthRepository(database, config),
        new MongoMarkPriceRepository(database, config),
        new MongoFundingRateRepository(database, config),
        new MongoTickerRepository(database, config),
        new MongoBookTickerRepository(database, config),
        new MongoLiquidationRepository(database, config));
  }
}
