package com.mdm.adapter.out.mongo;

import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mongodb.reactivestreams.client.MongoDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;

/**
 * Ensures, at start-up, the indexes of every series collection already in the database (new
 * collections get theirs on their first write); idempotent.
 */
public final class MongoSeriesIndexes {

  private static final Logger LOG = LoggerFactory.getLogger(MongoSeriesIndexes.class);
  private static final Duration LIST_TIMEOUT = Duration.ofSeconds(30);

  private final MongoDatabase database;
  private final MongoStorageConfig config;

  public MongoSeriesIndexes(MongoDatabase database, MongoStorageConfig config) {
    this.database = database;
    this.config = config;
  }

  /** Returns the series whose indexes were ensured. */
  public List<SeriesKey> ensureForExistingCollections() {
    List<String> names =
        Flux.from(database.listCollectionNames()).collectList().block(LIST_TIMEOUT);
    MongoSeriesStore store = new MongoSeriesStore(database, config);
    List<SeriesKey> ensured = new ArrayList<>();
    for (String name : names == null ? List.<String>of() : names) {
      for (SeriesKey key : seriesOf(name)) {
        store.ensureIndexes(key);
        ensured.add(key);
      }
    }
    LOG.info("indexes ensured on {} existing series", ensured.size());
    return ensured;
  }

  /**
   * The series a collection holds, from its name: none for collections that are not ours or whose
   * symbol or timeframe does not parse; two for {@code trades_*}, which holds both trade types.
   */
  static List<SeriesKey> seriesOf(String collection) {
    for (SeriesType type : SeriesType.values()) {
      String prefix = type.collectionPrefix() + "_";
      if (type == SeriesType.AGG_TRADES || !collection.startsWith(prefix)) {
        continue;
      }
      String rest = collection.substring(prefix.length());
      Optional<SeriesKey> key = parse(type, rest);
      if (key.isEmpty()) {
        return List.of();
      }
      return type == SeriesType.TRADES
          ? List.of(key.get(), SeriesKey.of(SeriesType.AGG_TRADES, key.get().symbol()))
          : List.of(key.get());
    }
    return List.of();
  }

  private static Optional<SeriesKey> parse(SeriesType type, String rest) {
    try {
      if (type.hasTimeframe()) {
        int split = rest.lastIndexOf('_');
        return split < 1
            ? Optional.empty()
            : Optional.of(
                new SeriesKey(
                    type,
                    Symbol.of(rest.substring(0, split)),
                    Timeframe.of(rest.substring(split + 1))));
      }
      return Optional.of(SeriesKey.of(type, Symbol.of(rest)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
