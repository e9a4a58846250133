package com.mdm.adapter.out.mongo;

import com.mongodb.MongoCommandException;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Creates the {@link IndexPlan} of each collection once per process. Collections appear at run time
 * (one per symbol), so this runs before the first write to each; concurrent writers share one
 * creation. Creating an index that exists with the same spec is a no-op on the server.
 */
final class IndexEnsurer {

  private static final Logger LOG = LoggerFactory.getLogger(IndexEnsurer.class);
  private static final Set<Integer> OPTIONS_CONFLICT = Set.of(85, 86);

  private final MongoDatabase database;
  private final SeriesCodec<?> codec;
  private final Duration retention;
  private final Set<String> ensured = ConcurrentHashMap.newKeySet();
  private final ConcurrentMap<String, Mono<Void>> inFlight = new ConcurrentHashMap<>();

  /** {@code retention} null means no TTL index. */
  IndexEnsurer(MongoDatabase database, SeriesCodec<?> codec, Duration retention) {
    this.database = database;
    this.codec = codec;
    this.retention = retention;
  }

  /** Creates the indexes unless done already in this process; fails when the server refuses. */
  Mono<Void> ensure(MongoCollection<Document> collection) {
    String name = collection.getNamespace().getCollectionName();
    if (ensured.contains(name)) {
      return Mono.empty();
    }
    return inFlight.computeIfAbsent(
        name,
        key ->
            create(collection)
                .doOnSuccess(done -> ensured.add(key))
                .doFinally(signal -> inFlight.remove(key))
                .cache());
  }

  /**
   * Like {@link #ensure}, but an index the server refuses (e.g. a conflicting index made by hand)
   * is logged and skipped so that ingestion goes on; connection failures still fail the write.
   */
  Mono<Void> ensureBeforeWrite(MongoCollection<Document> collection) {
    return ensure(collection)
        .onErrorResume(
            MongoCommandException.class,
            refused -> {
              String name = collection.getNamespace().getCollectionName();
              LOG.warn(
                  "indexes of {} could not be created, writing without them: {}",
                  name,
                  refused.getMessage());
              ensured.add(name);
              return Mono.empty();
            });
  }

  private Mono<Void> create(MongoCollection<Document> collection) {
    Mono<Void> series = Mono.from(collection.createIndexes(IndexPlan.seriesIndexes(codec))).then();
    return retention == null ? series : series.then(createTtl(collection));
  }

  private Mono<Void> createTtl(MongoCollection<Document> collection) {
    return Mono.from(collection.createIndexes(List.of(IndexPlan.ttlIndex(codec, retention))))
        .then()
        .onErrorResume(
            failure ->
                failure instanceof MongoCommandException refused
                    && OPTIONS_CONFLICT.contains(refused.getErrorCode()),
            conflict -> changeExpiry(collection));
  }

  /** The TTL index exists with another retention: change it in place rather than rebuild it. */
  private Mono<Void> changeExpiry(MongoCollection<Document> collection) {
    String name = collection.getNamespace().getCollectionName();
    Document command =
        new Document("collMod", name)
            .append(
                "index",
                new Document("name", IndexPlan.ttlIndexName(codec))
                    .append("expireAfterSeconds", retention.getSeconds()));
    return Mono.from(database.runCommand(command))
        .doOnSuccess(
            result ->
                LOG.info("retention of {} changed to {} on {}", codec.type(), retention, name))
        .then();
  }
}
