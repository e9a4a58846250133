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
import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.TimeRange;
import com.mongodb.reactivestreams.client.MongoDatabase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads back, through the repositories, everything stored for a set of series. */
final class StoredSeries {

  private final MarketDataRepositories repositories;

  StoredSeries(MongoDatabase database, MongoStorageConfig config) {
    repositories =
        new MarketDataRepositories(
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

  /** Every record stored in the series the given events belong to. */
  List<MarketEvent> allOf(Collection<? extends MarketEvent> events) {
    Set<SeriesKey> keys = new LinkedHashSet<>();
    events.forEach(event -> keys.add(event.seriesKey()));
    List<MarketEvent> stored = new ArrayList<>();
    for (SeriesKey key : keys) {
      stored.addAll(
          repositories
              .forType(key.type())
              .range(key, TimeRange.all(), 100_000, SortOrder.ASCENDING));
    }
    return stored;
  }

  long count(Collection<? extends MarketEvent> events) {
    Set<SeriesKey> keys = new LinkedHashSet<>();
    events.forEach(event -> keys.add(event.seriesKey()));
    long total = 0;
    for (SeriesKey key : keys) {
      total += repositories.forType(key.type()).count(key, TimeRange.all());
    }
    return total;
  }
}
