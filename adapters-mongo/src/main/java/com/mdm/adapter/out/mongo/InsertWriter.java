package com.mdm.adapter.out.mongo;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.port.out.WriteResult;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.reactivestreams.client.MongoCollection;
import java.util.List;
import java.util.function.Function;
import org.bson.Document;
import reactor.core.publisher.Mono;

/**
 * Inserts immutable records unordered: every new record is stored even when others in the batch are
 * duplicates, and a retried batch only produces duplicates.
 */
final class InsertWriter<T extends MarketEvent> implements SeriesWriter<T> {

  private static final InsertManyOptions UNORDERED = new InsertManyOptions().ordered(false);

  private final Function<T, Document> toDocument;

  InsertWriter(Function<T, Document> toDocument) {
    this.toDocument = toDocument;
  }

  @Override
  public Mono<WriteResult> write(MongoCollection<Document> collection, List<T> records) {
    List<Document> documents = records.stream().map(toDocument).toList();
    return Mono.from(collection.insertMany(documents, UNORDERED))
        .map(inserted -> new WriteResult(documents.size(), 0))
        .onErrorResume(
            MongoBulkWriteException.class,
            failure -> Mono.fromCallable(() -> partial(documents.size(), failure)));
  }

  /**
   * Every document of an unordered insert either went in or has an error of its own, so once all
   * errors are duplicates the rest were written. Counted this way rather than from the reported
   * insert count, which the embedded test server reports as the number attempted.
   */
  private static WriteResult partial(int attempted, MongoBulkWriteException failure) {
    long duplicates = DuplicateKeys.countOrRethrow(failure);
    return new WriteResult(attempted - duplicates, duplicates);
  }
}
