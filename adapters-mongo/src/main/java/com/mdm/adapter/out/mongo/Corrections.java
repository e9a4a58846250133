package com.mdm.adapter.out.mongo;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.reactivestreams.client.MongoCollection;
import java.util.List;
import org.bson.Document;
import reactor.core.publisher.Mono;

/**
 * Replaces stored documents by corrections of the same {@code _id}, bypassing the replace rule that
 * guards ordinary writes; a correction with no stored document is not inserted.
 */
final class Corrections {

  private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);
  private static final ReplaceOptions NO_UPSERT = new ReplaceOptions().upsert(false);

  private Corrections() {}

  /** Completes with how many stored documents now hold their correction. */
  static Mono<Long> write(MongoCollection<Document> collection, List<Document> corrections) {
    if (corrections.isEmpty()) {
      return Mono.just(0L);
    }
    List<ReplaceOneModel<Document>> models =
        corrections.stream()
            .map(d -> new ReplaceOneModel<>(Filters.eq("_id", d.get("_id")), d, NO_UPSERT))
            .toList();
    return Mono.from(collection.bulkWrite(models, UNORDERED))
        .map(result -> (long) result.getMatchedCount());
  }
}
