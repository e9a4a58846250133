package com.mdm.adapter.out.mongo;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.port.out.WriteResult;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.reactivestreams.client.MongoCollection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bson.Document;
import reactor.core.publisher.Mono;

/**
 * Upserts updatable records unordered, each only over a stored document its {@link ReplaceRule}
 * allows. A stored document that may not be replaced turns the upsert into a duplicate-key error,
 * counted as a duplicate (stale), as are records beaten by another record of the same batch and
 * replaces that changed nothing.
 */
final class ReplaceWriter<T extends MarketEvent> implements SeriesWriter<T> {

  private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);
  private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

  private final Function<T, Document> toDocument;
  private final ReplaceRule<T> rule;

  ReplaceWriter(Function<T, Document> toDocument, ReplaceRule<T> rule) {
    this.toDocument = toDocument;
    this.rule = rule;
  }

  @Override
  public Mono<WriteResult> write(MongoCollection<Document> collection, List<T> records) {
    Map<Object, Pending<T>> winners = new LinkedHashMap<>();
    for (T record : records) {
      Document document = toDocument.apply(record);
      winners.merge(
          document.get("_id"),
          new Pending<>(record, document),
          (current, candidate) ->
              rule.supersedes().test(candidate.record(), current.record()) ? candidate : current);
    }
    long beaten = records.size() - winners.size();
    List<ReplaceOneModel<Document>> models =
        winners.values().stream()
            .map(
                pending ->
                    new ReplaceOneModel<>(
                        rule.replaceable().apply(pending.record()), pending.document(), UPSERT))
            .toList();
    return upsert(collection, models, true).map(result -> result.plus(new WriteResult(0, beaten)));
  }

  /**
   * Runs the upserts; those refused with a duplicate key are tried once more when {@code retry}:
   * two writers creating the same new document race, and the loser's update may well be the newer
   * one. On the second try the document exists, so the filter alone decides.
   */
  private Mono<WriteResult> upsert(
      MongoCollection<Document> collection, List<ReplaceOneModel<Document>> models, boolean retry) {
    return Mono.from(collection.bulkWrite(models, UNORDERED))
        .map(ReplaceWriter::outcome)
        .onErrorResume(
            MongoBulkWriteException.class,
            failure -> Mono.defer(() -> afterRefusals(collection, models, failure, retry)));
  }

  private Mono<WriteResult> afterRefusals(
      MongoCollection<Document> collection,
      List<ReplaceOneModel<Document>> models,
      MongoBulkWriteException failure,
      boolean retry) {
    long refused = DuplicateKeys.countOrRethrow(failure);
    WriteResult done = outcome(failure.getWriteResult());
    if (!retry) {
      return Mono.just(done.plus(new WriteResult(0, refused)));
    }
    List<ReplaceOneModel<Document>> again =
        failure.getWriteErrors().stream().map(error -> models.get(error.getIndex())).toList();
    return upsert(collection, again, false).map(done::plus);
  }

  private static WriteResult outcome(BulkWriteResult result) {
    long unchanged = result.getMatchedCount() - result.getModifiedCount();
    return new WriteResult(result.getUpserts().size() + result.getModifiedCount(), unchanged);
  }

  private record Pending<T>(T record, Document document) {}
}
