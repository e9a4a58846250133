package com.mdm.adapter.out.mongo;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.port.out.WriteResult;
import com.mongodb.reactivestreams.client.MongoCollection;
import java.util.List;
import org.bson.Document;
import reactor.core.publisher.Mono;

/** Writes a batch of one series to its collection as one unordered bulk operation. */
interface SeriesWriter<T extends MarketEvent> {

  Mono<WriteResult> write(MongoCollection<Document> collection, List<T> records);

  /** Insert-only for series without a replace rule, conditional upserts otherwise. */
  static <T extends MarketEvent> SeriesWriter<T> of(SeriesCodec<T> codec) {
    return of(codec, codec.toDocument());
  }

  /** As {@link #of(SeriesCodec)}, making documents with {@code toDocument} (origins added). */
  static <T extends MarketEvent> SeriesWriter<T> of(
      SeriesCodec<T> codec, java.util.function.Function<T, Document> toDocument) {
    return codec.replaceRule() == null
        ? new InsertWriter<>(toDocument)
        : new ReplaceWriter<>(toDocument, codec.replaceRule());
  }
}
