package com.mdm.bootstrap;

import com.mdm.adapter.out.mongo.MongoSeriesStore;
import com.mdm.adapter.out.mongo.MongoStorageConfig;
import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.port.out.SeriesStore;
import com.mongodb.reactivestreams.client.MongoDatabase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads back, through the repositories, everything stored for a set of series. */
final class StoredSeries {

  private final SeriesStore repositories;

  StoredSeries(MongoDatabase database, MongoStorageConfig config) {
    repositories = new MongoSeriesStore(database, config);
  }

  /** Every record stored in the series the given events belong to. */
  List<MarketEvent> allOf(Collection<? extends MarketEvent> events) {
    Set<SeriesKey> keys = new LinkedHashSet<>();
    events.forEach(event -> keys.add(event.seriesKey()));
    List<MarketEvent> stored = new ArrayList<>();
    for (SeriesKey key : keys) {
      stored.addAll(
          repositories
              .repository(key.type())
              .range(key, TimeRange.all(), 100_000, SortOrder.ASCENDING));
    }
    return stored;
  }

  long count(Collection<? extends MarketEvent> events) {
    Set<SeriesKey> keys = new LinkedHashSet<>();
    events.forEach(event -> keys.add(event.seriesKey()));
    long total = 0;
    for (SeriesKey key : keys) {
      total += repositories.repository(key.type()).count(key, TimeRange.all());
    }
    return total;
  }
}
