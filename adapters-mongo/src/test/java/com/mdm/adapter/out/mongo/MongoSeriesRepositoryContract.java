package com.mdm.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.port.out.SeriesRepository;
import com.mdm.domain.port.out.SeriesStore;
import com.mdm.domain.port.out.WriteResult;
import com.mdm.testsupport.contract.SeriesRepositoryContract;
import com.mdm.testsupport.contract.SeriesSamples;
import com.mdm.testsupport.contract.Subject;
import com.mongodb.reactivestreams.client.MongoDatabase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;

/**
 * The series contract on the MongoDB of the test-support helper, run once per record type, and how
 * the records lie in MongoDB: exact decimals, dates, a collection per series, indexes, TTL.
 */
abstract class MongoSeriesRepositoryContract<T extends MarketEvent>
    extends SeriesRepositoryContract<T> {

  protected MongoTestDatabase mongo;

  /**
   * The stored field holding {@link SeriesSamples#PRICE} in record 0, a dotted path like {@code
   * a.0.1}.
   */
  protected abstract String priceField();

  /**
   * The stored field holding {@link SeriesSamples#TINY} in record 0, a dotted path like {@code
   * a.0.1}.
   */
  protected abstract String tinyField();

  /** The stored field holding the series time. */
  protected abstract String timeField();

  @Override
  protected Subject<SeriesStore> subject() {
    mongo = new MongoTestDatabase();
    SeriesStore store = new MongoSeriesStore(mongo.database(), config());
    return new Subject<>() {
      @Override
      public SeriesStore empty() {
        return store;
      }

      @Override
      public void close() {
        mongo.close();
      }
    };
  }

  /** The repository of this type in a {@link MongoSeriesStore} on {@code database}. */
  protected SeriesRepository<T> repository(MongoDatabase database, MongoStorageConfig config) {
    return new MongoSeriesStore(database, config)
        .repository(sample().type(), sample().recordType());
  }

  protected void ensureIndexes(SeriesRepository<T> repository, SeriesKey key) {
    ((MongoSeriesRepository<?>) repository).ensureIndexes(key);
  }

  protected MongoStorageConfig config() {
    return MongoStorageConfig.defaults(mongo.name());
  }

  @Test
  void givenDecimalsWithTrailingZerosAndTinyValues_whenStored_thenTheyAreExactDecimal128()
      throws Exception {
    T record = record(symbol, 0);
    save(List.of(record));

    Document stored = mongo.documents(key(symbol).collectionName()).getFirst();
    assertThat(valueAt(stored, priceField())).isEqualTo(Decimal128.parse("64990.90"));
    assertThat(valueAt(stored, tinyField())).isEqualTo(Decimal128.parse("0.00000001"));
    assertThat(stored.get(timeField())).isEqualTo(java.util.Date.from(record.seriesTime()));
    assertThat(stored.get("eventTime")).isEqualTo(java.util.Date.from(record.eventTime()));
    assertThat(stored.get("receivedAt")).isEqualTo(java.util.Date.from(record.receivedAt()));
    assertThat(stored.getString("symbol")).isEqualTo(symbol.value());
    assertThat(all().getFirst()).isEqualTo(record);
  }

  @Test
  void givenTwoSymbolsInOneBatch_whenSaved_thenEachGoesToItsOwnCollection() throws Exception {
    Symbol other = SeriesSamples.freshSymbol();

    assertThat(save(List.of(record(symbol, 1), record(other, 2)))).isEqualTo(new WriteResult(2, 0));
    assertThat(mongo.documents(key(symbol).collectionName())).hasSize(1);
    assertThat(mongo.documents(key(other).collectionName())).hasSize(1);
  }

  @Test
  void givenFirstWriteToACollection_whenDone_thenItsTimeIndexExists() throws Exception {
    save(records(0, 1));

    assertThat(indexKeys(key(symbol))).contains(new Document(timeField(), 1).append("_id", 1));
  }

  @Test
  void givenIndexesExist_whenEnsuredAgain_thenNothingChanges() throws Exception {
    ensureIndexes(repository, key(symbol));
    List<Document> before = indexKeys(key(symbol));
    save(records(0, 1));
    ensureIndexes(repository(mongo.database(), config()), key(symbol));

    assertThat(before).contains(new Document(timeField(), 1).append("_id", 1));
    assertThat(indexKeys(key(symbol))).containsExactlyInAnyOrderElementsOf(before);
  }

  @Test
  void givenRetention_whenFirstWritten_thenATtlIndexOnReceivedAtExists() throws Exception {
    SeriesRepository<T> expiring =
        repository(mongo.database(), config().withRetention(sample().type(), Duration.ofDays(7)));
    expiring.saveAll(List.of(record(symbol, 0))).get(30, TimeUnit.SECONDS);

    Document ttl =
        mongo.indexes(key(symbol).collectionName()).stream()
            .filter(index -> index.get("key").equals(new Document("receivedAt", 1)))
            .findFirst()
            .orElseThrow();
    assertThat(((Number) ttl.get("expireAfterSeconds")).longValue()).isEqualTo(7 * 86_400L);
  }

  @Test
  void givenNoRetention_whenWritten_thenNoTtlIndexExists() throws Exception {
    save(records(0, 1));

    assertThat(mongo.indexes(key(symbol).collectionName()))
        .noneMatch(index -> index.containsKey("expireAfterSeconds"));
  }

  protected List<Document> indexKeys(SeriesKey key) {
    return mongo.indexes(key.collectionName()).stream()
        .map(index -> (Document) index.get("key"))
        .toList();
  }

  private static Object valueAt(Document document, String path) {
    Object value = document;
    for (String step : path.split("\\.")) {
      value =
          value instanceof List<?> list
              ? list.get(Integer.parseInt(step))
              : ((Document) value).get(step);
    }
    return value;
  }
}
