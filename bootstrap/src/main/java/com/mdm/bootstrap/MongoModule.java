package com.mdm.bootstrap;

import com.mdm.adapter.out.mongo.MongoSeriesIndexes;
import com.mdm.adapter.out.mongo.MongoSeriesStore;
import com.mdm.adapter.out.mongo.MongoStorageConfig;
import com.mdm.domain.port.out.SeriesStore;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoDatabase;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The MongoDB client and the series store on it. */
@Module
interface MongoModule {

  @Provides
  @Singleton
  static Optional<EmbeddedMongo> embeddedMongo(ServiceConfig config) {
    return switch (config.mongo().embedded()) {
      case OFF -> Optional.empty();
      case MEMORY -> Optional.of(EmbeddedMongo.start(null));
      case FILE -> Optional.of(EmbeddedMongo.start(config.mongo().embeddedFile()));
    };
  }

  @Provides
  @Singleton
  static MongoClient mongoClient(ServiceConfig config, Optional<EmbeddedMongo> embedded) {
    String uri = embedded.map(EmbeddedMongo::uri).orElse(config.mongo().uri());
    MongoClientSettings settings =
        MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(uri))
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
  static MongoSeriesIndexes seriesIndexes(MongoDatabase database, MongoStorageConfig config) {
    return new MongoSeriesIndexes(database, config);
  }

  @Provides
  @Singleton
  static SeriesStore seriesStore(MongoSeriesStore store, ServiceTracing tracing) {
    return tracing.series(store);
  }

  @Provides
  @Singleton
  static MongoSeriesStore mongoSeriesStore(MongoDatabase database, MongoStorageConfig config) {
    return new MongoSeriesStore(database, config);
  }
}
