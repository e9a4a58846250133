package com.mdm.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.RecordOrigin;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.port.out.SeriesRepository;
import com.mdm.domain.port.out.WriteResult;
import com.mongodb.reactivestreams.client.MongoDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every {@link SeriesRepository} on MongoDB must do, run once per record type against the
 * MongoDB of the test-support helper. Each test works on a symbol of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SeriesRepositoryContract<T extends MarketEvent> {

  protected MongoTestDatabase mongo;
  protected SeriesRepository<T> repository;
  protected Symbol symbol;

  /** The type of series the repository stores. */
  protected abstract SeriesType type();

  /** The record type the series of {@link #type()} hold. */
  protected abstract Class<T> recordType();

  /** Record number {@code n}: series time ascending with n, a natural id of its own. */
  protected abstract T record(Symbol symbol, int n);

  /**
   * The stored field holding {@link Samples#PRICE} in record 0, a dotted path like {@code a.0.1}.
   */
  protected abstract String priceField();

  /**
   * The stored field holding {@link Samples#TINY} in record 0, a dotted path like {@code a.0.1}.
   */
  protected abstract String tinyField();

  /** The stored field holding the series time. */
  protected abstract String timeField();

  /** The repository of this type in a {@link MongoSeriesStore} on {@code database}. */
  protected SeriesRepository<T> repository(MongoDatabase database, MongoStorageConfig config) {
    return new MongoSeriesStore(database, config).repository(type(), recordType());
  }

  protected void ensureIndexes(SeriesRepository<T> repository, SeriesKey key) {
    ((MongoSeriesRepository<?>) repository).ensureIndexes(key);
  }

  protected SeriesKey key(Symbol symbol) {
    return SeriesKey.of(type(), symbol);
  }

  @BeforeAll
  void connect() {
    mongo = new MongoTestDatabase();
    repository = repository(mongo.database(), config());
  }

  @AfterAll
  void disconnect() {
    mongo.close();
  }

  @BeforeEach
  void pickSymbol() {
    symbol = Samples.freshSymbol();
  }

  protected MongoStorageConfig config() {
    return MongoStorageConfig.defaults(mongo.name());
  }

  protected List<T> records(int fromInclusive, int toExclusive) {
    return IntStream.range(fromInclusive, toExclusive).mapToObj(n -> record(symbol, n)).toList();
  }

  protected WriteResult save(List<T> records) throws Exception {
    return repository.saveAll(records).get(30, TimeUnit.SECONDS);
  }

  protected List<T> all() {
    return repository.range(key(symbol), TimeRange.all(), 1000, SortOrder.ASCENDING);
  }

  @Test
  void givenNewRecords_whenSaved_thenAllAreWrittenAndReadBackEqual() throws Exception {
    List<T> records = records(0, 4);

    assertThat(save(records)).isEqualTo(new WriteResult(4, 0));
    assertThat(all()).containsExactlyElementsOf(records);
  }

  @Test
  void givenRecordsWithOrigins_whenSaved_thenEachOriginComesBackBesideItsRecord() throws Exception {
    List<T> records = records(0, 3);
    List<RecordOrigin> origins =
        List.of(
            RecordOrigin.live("binance.futures.websocket.data", 41),
            RecordOrigin.backfill("job-9"),
            RecordOrigin.imported("capture.jsonl.gz", 7));

    assertThat(repository.saveAll(records, origins).get()).isEqualTo(new WriteResult(3, 0));

    assertThat(all()).containsExactlyElementsOf(records);
    assertThat(repository.originsOf(key(symbol), all())).containsExactlyElementsOf(origins);
  }

  @Test
  void givenStoredBatch_whenSavedAgain_thenNothingIsWrittenAndAllAreDuplicates() throws Exception {
    List<T> records = records(0, 3);
    save(records);

    assertThat(save(records)).isEqualTo(new WriteResult(0, 3));
    assertThat(repository.count(key(symbol), TimeRange.all())).isEqualTo(3);
    assertThat(all()).containsExactlyElementsOf(records);
  }

  @Test
  void givenSomeStored_whenBatchMixesStoredAndNew_thenEveryNewOneIsStored() throws Exception {
    save(records(0, 2));
    List<T> mixed = new ArrayList<>();
    mixed.add(record(symbol, 4));
    mixed.addAll(records(0, 2));
    mixed.add(record(symbol, 2));
    mixed.add(record(symbol, 3));

    assertThat(save(mixed)).isEqualTo(new WriteResult(3, 2));
    assertThat(all()).containsExactlyElementsOf(records(0, 5));
  }

  @Test
  void givenTheSameRecordTwiceInOneBatch_whenSaved_thenItIsStoredOnce() throws Exception {
    T record = record(symbol, 1);

    assertThat(save(List.of(record, record))).isEqualTo(new WriteResult(1, 1));
    assertThat(all()).containsExactly(record);
  }

  @Test
  void givenEmptyBatch_whenSaved_thenNothingHappens() throws Exception {
    assertThat(save(List.of())).isEqualTo(WriteResult.empty());
  }

  @Test
  void givenRecords_whenRangeIsQueried_thenFromIsIncludedAndToExcluded() throws Exception {
    List<T> records = records(0, 5);
    save(records);
    TimeRange range = TimeRange.of(records.get(1).seriesTime(), records.get(3).seriesTime());

    assertThat(repository.range(key(symbol), range, 10, SortOrder.ASCENDING))
        .containsExactly(records.get(1), records.get(2));
    assertThat(repository.range(key(symbol), range, 10, SortOrder.DESCENDING))
        .containsExactly(records.get(2), records.get(1));
  }

  @Test
  void givenBoundsCarryingNanosecondsWhenQueriedThenTheRangeStaysHalfOpen() throws Exception {
    List<T> records = records(0, 5);
    save(records);
    // a clock reading a fraction of a millisecond after a record's time: that record lies before
    TimeRange range =
        TimeRange.of(
            records.get(1).seriesTime().plusNanos(680_034),
            records.get(3).seriesTime().plusNanos(1));

    assertThat(repository.range(key(symbol), range, 10, SortOrder.ASCENDING))
        .containsExactly(records.get(2), records.get(3));
    assertThat(repository.count(key(symbol), range)).isEqualTo(2);
  }

  @Test
  void givenRecords_whenRangeIsLimited_thenTheFirstInTheRequestedOrderAreReturned()
      throws Exception {
    List<T> records = records(0, 5);
    save(records);

    assertThat(repository.range(key(symbol), TimeRange.all(), 2, SortOrder.ASCENDING))
        .containsExactly(records.get(0), records.get(1));
    assertThat(repository.range(key(symbol), TimeRange.all(), 2, SortOrder.DESCENDING))
        .containsExactly(records.get(4), records.get(3));
    assertThat(repository.range(key(symbol), TimeRange.all(), 0, SortOrder.ASCENDING)).isEmpty();
  }

  @Test
  void givenRecords_whenLatestIsQueried_thenNewestComeFirst() throws Exception {
    List<T> records = records(0, 4);
    save(List.of(records.get(2), records.get(0), records.get(3), records.get(1)));

    assertThat(repository.latest(key(symbol), 3))
        .containsExactly(records.get(3), records.get(2), records.get(1));
    assertThat(repository.latest(key(symbol), 10)).hasSize(4);
  }

  @Test
  void givenRecords_whenCounted_thenOnlyThoseInTheRangeCount() throws Exception {
    List<T> records = records(0, 6);
    save(records);

    TimeRange range = TimeRange.of(records.get(2).seriesTime(), records.get(5).seriesTime());
    assertThat(repository.count(key(symbol), range)).isEqualTo(3);
    assertThat(repository.count(key(symbol), TimeRange.all())).isEqualTo(6);
    assertThat(repository.count(key(Samples.freshSymbol()), TimeRange.all())).isZero();
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
    Symbol other = Samples.freshSymbol();
    T mine = record(symbol, 1);
    T theirs = record(other, 2);

    assertThat(save(List.of(mine, theirs))).isEqualTo(new WriteResult(2, 0));
    assertThat(mongo.documents(key(symbol).collectionName())).hasSize(1);
    assertThat(mongo.documents(key(other).collectionName())).hasSize(1);
    assertThat(repository.latest(key(symbol), 10)).containsExactly(mine);
    assertThat(repository.latest(key(other), 10)).containsExactly(theirs);
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
        repository(mongo.database(), config().withRetention(type(), Duration.ofDays(7)));
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

  @Test
  void givenKeyOfAnotherType_whenQueried_thenItIsRejected() {
    SeriesType other =
        type() == SeriesType.LIQUIDATIONS ? SeriesType.DEPTH : SeriesType.LIQUIDATIONS;
    SeriesKey wrong = SeriesKey.of(other, symbol);

    assertThatThrownBy(() -> repository.latest(wrong, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(type().name());
    assertThatThrownBy(
            () -> repository.range(key(symbol), TimeRange.all(), -1, SortOrder.ASCENDING))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
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
