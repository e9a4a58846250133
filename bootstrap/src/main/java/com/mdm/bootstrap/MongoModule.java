package com.mdm.bootstrap;

import com.mdm.adapter.out.mongo.MongoRepositories;
import com.mdm.adapter.out.mongo.MongoStorageConfig;
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
    return MongoRepositories.create(database, config);
  }
}
