package com.mdm.adapter.out.mongo;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.RecordOrigin;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.port.out.SeriesRepository;
import com.mdm.domain.port.out.WriteResult;
import com.mongodb.WriteConcern;
import com.mongodb.client.model.CountOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@link SeriesRepository} of one record type on MongoDB, driven by the type's {@link
 * SeriesCodec}: one collection per series key, writes grouped by collection, reads by series time.
 * Reactor stays in here; callers get futures or plain values.
 */
final class MongoSeriesRepository<T extends MarketEvent> implements SeriesRepository<T> {

  private static final Duration INDEX_TIMEOUT = Duration.ofMinutes(5);

  private final MongoDatabase database;
  private final SeriesCodec<T> codec;
  private final WriteConcern writeConcern;
  private final Duration queryTimeout;
  private final IndexEnsurer indexes;
  private final SeriesWriter<T> writer;

  MongoSeriesRepository(MongoDatabase database, MongoStorageConfig config, SeriesCodec<T> codec) {
    this.database = Objects.requireNonNull(database, "database must not be null");
    Objects.requireNonNull(config, "config must not be null");
    this.codec = codec;
    this.writeConcern = WriteConcerns.parse(config.writeConcern());
    this.queryTimeout = config.queryTimeout();
    this.indexes = new IndexEnsurer(database, codec, config.retention().get(codec.type()));
    this.writer = SeriesWriter.of(codec);
  }

  @Override
  public CompletableFuture<WriteResult> saveAll(List<T> records) {
    Objects.requireNonNull(records, "records must not be null");
    return save(records, writer);
  }

  @Override
  public CompletableFuture<WriteResult> saveAll(List<T> records, List<RecordOrigin> origins) {
    Objects.requireNonNull(records, "records must not be null");
    Objects.requireNonNull(origins, "origins must not be null");
    if (origins.size() != records.size()) {
      throw new IllegalArgumentException(
          "origins must match records but were " + origins.size() + " for " + records.size());
    }
    Map<T, RecordOrigin> originOf = new IdentityHashMap<>();
    for (int i = 0; i < records.size(); i++) {
      originOf.put(records.get(i), origins.get(i));
    }
    SeriesWriter<T> withOrigins =
        SeriesWriter.of(
            codec,
            record -> OriginDocuments.with(codec.toDocument().apply(record), originOf.get(record)));
    return save(records, withOrigins);
  }

  @Override
  public CompletableFuture<Long> correct(List<T> corrections, List<RecordOrigin> origins) {
    Objects.requireNonNull(corrections, "corrections must not be null");
    Objects.requireNonNull(origins, "origins must not be null");
    if (origins.size() != corrections.size()) {
      throw new IllegalArgumentException(
          "origins must match corrections but were "
              + origins.size()
              + " for "
              + corrections.size());
    }
    if (codec.replaceRule() == null) {
      return CompletableFuture.failedFuture(
          new UnsupportedOperationException(codec.type() + " records are never replaced"));
    }
    Map<T, RecordOrigin> originOf = new IdentityHashMap<>();
    for (int i = 0; i < corrections.size(); i++) {
      originOf.put(corrections.get(i), origins.get(i));
    }
    return Flux.defer(() -> Flux.fromIterable(bySeries(corrections).entrySet()))
        .flatMap(
            batch ->
                Corrections.write(
                    collection(batch.getKey()).withWriteConcern(writeConcern),
                    batch.getValue().stream()
                        .map(
                            r -> OriginDocuments.with(codec.toDocument().apply(r), originOf.get(r)))
                        .toList()))
        .reduce(0L, Long::sum)
        .toFuture();
  }

  @Override
  public List<RecordOrigin> originsOf(SeriesKey key, List<T> records) {
    Objects.requireNonNull(records, "records must not be null");
    if (records.isEmpty()) {
      return List.of();
    }
    List<Object> ids = records.stream().map(r -> codec.toDocument().apply(r).get("_id")).toList();
    Map<Object, RecordOrigin> found = new java.util.HashMap<>();
    await(
            Flux.from(
                    collection(key)
                        .find(Filters.in("_id", ids))
                        .projection(Projections.include("_id", OriginDocuments.FIELD))
                        .maxTime(queryTimeout.toMillis(), TimeUnit.MILLISECONDS))
                .collectList(),
            key)
        .forEach(document -> found.put(document.get("_id"), OriginDocuments.of(document)));
    return ids.stream().map(found::get).toList();
  }

  private CompletableFuture<WriteResult> save(List<T> records, SeriesWriter<T> with) {
    return Flux.defer(() -> Flux.fromIterable(bySeries(records).entrySet()))
        .flatMap(batch -> writeSeries(batch.getKey(), batch.getValue(), with))
        .reduce(WriteResult.empty(), WriteResult::plus)
        .toFuture();
  }

  @Override
  public List<T> range(SeriesKey key, TimeRange range, int limit, SortOrder order) {
    Objects.requireNonNull(range, "range must not be null");
    Objects.requireNonNull(order, "order must not be null");
    return find(key, codec.inRange(range), order, limit);
  }

  @Override
  public List<T> latest(SeriesKey key, int limit) {
    return find(key, codec.everyRecord(), SortOrder.DESCENDING, limit);
  }

  @Override
  public long count(SeriesKey key, TimeRange range) {
    Objects.requireNonNull(range, "range must not be null");
    CountOptions options =
        new CountOptions().maxTime(queryTimeout.toMillis(), TimeUnit.MILLISECONDS);
    return await(Mono.from(collection(key).countDocuments(codec.inRange(range), options)), key);
  }

  /**
   * Creates the indexes of the series' collection now, e.g. at start-up; idempotent. Writes create
   * them anyway before the first write to a collection.
   */
  void ensureIndexes(SeriesKey key) {
    indexes.ensure(collection(key)).block(INDEX_TIMEOUT);
  }

  private Map<SeriesKey, List<T>> bySeries(List<T> records) {
    Map<SeriesKey, List<T>> batches = new LinkedHashMap<>();
    for (int i = 0; i < records.size(); i++) {
      T record = Objects.requireNonNull(records.get(i), "records[" + i + "] must not be null");
      batches.computeIfAbsent(requireType(record.seriesKey()), k -> new ArrayList<>()).add(record);
    }
    return batches;
  }

  private Mono<WriteResult> writeSeries(SeriesKey key, List<T> records, SeriesWriter<T> writer) {
    MongoCollection<Document> collection = collection(key);
    return indexes
        .ensureBeforeWrite(collection)
        .then(Mono.defer(() -> writer.write(collection.withWriteConcern(writeConcern), records)))
        .onErrorMap(
            failure -> !(failure instanceof IllegalArgumentException),
            failure ->
                new IllegalStateException(
                    "writing "
                        + records.size()
                        + " records to "
                        + key.collectionName()
                        + " failed: "
                        + failure.getMessage(),
                    failure));
  }

  private List<T> find(SeriesKey key, Bson filter, SortOrder order, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0 but was " + limit);
    }
    MongoCollection<Document> collection = collection(key);
    if (limit == 0) {
      return List.of();
    }
    Bson sort =
        order == SortOrder.ASCENDING
            ? Sorts.ascending(codec.timeField(), "_id")
            : Sorts.descending(codec.timeField(), "_id");
    return await(
        Flux.from(
                collection
                    .find(filter)
                    .sort(sort)
                    .limit(limit)
                    .maxTime(queryTimeout.toMillis(), TimeUnit.MILLISECONDS))
            .map(codec.fromDocument())
            .collectList(),
        key);
  }

  private <R> R await(Mono<R> result, SeriesKey key) {
    return BoundedRead.block(
        result, queryTimeout.plusSeconds(1), "reading " + key.collectionName());
  }

  private MongoCollection<Document> collection(SeriesKey key) {
    return database.getCollection(requireType(key).collectionName());
  }

  private SeriesKey requireType(SeriesKey key) {
    return BoundedRead.requireType(key, codec.type());
  }
}
