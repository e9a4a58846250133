package com.mdm.adapter.out.mongo;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.TimeRange;
import com.mongodb.client.model.Filters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Everything the generic {@link MongoSeriesRepository} needs to know about one record type.
 *
 * @param type the series type the records belong to
 * @param timeField the document field holding the series time
 * @param typeTag value of the {@code type} field where two record types share a collection (trades
 *     and aggregate trades); null otherwise
 * @param toDocument maps a record to its document, {@code _id} included
 * @param fromDocument maps a stored document back to the record
 * @param replaceRule null for insert-only series; otherwise how updates replace stored documents
 */
record SeriesCodec<T extends MarketEvent>(
    SeriesType type,
    String timeField,
    String typeTag,
    Function<T, Document> toDocument,
    Function<Document, T> fromDocument,
    ReplaceRule<T> replaceRule) {

  static final String TYPE_FIELD = "type";

  static <T extends MarketEvent> SeriesCodec<T> insertOnly(
      SeriesType type,
      String timeField,
      Function<T, Document> toDocument,
      Function<Document, T> fromDocument) {
    return new SeriesCodec<>(type, timeField, null, toDocument, fromDocument, null);
  }

  /** The filter selecting this codec's records in a shared collection; null when not shared. */
  Bson typeFilter() {
    return typeTag == null ? null : Filters.eq(TYPE_FIELD, typeTag);
  }

  /** The filter selecting every record of this codec in its collection. */
  Bson everyRecord() {
    return typeTag == null ? new Document() : typeFilter();
  }

  /** The filter selecting this codec's records whose series time lies in {@code range}. */
  Bson inRange(TimeRange range) {
    List<Bson> filters = new ArrayList<>();
    if (typeTag != null) {
      filters.add(typeFilter());
    }
    filters.add(Filters.gte(timeField, ceilingMillis(range.from())));
    filters.add(Filters.lt(timeField, ceilingMillis(range.to())));
    return Filters.and(filters);
  }

  /**
   * Stored times are whole milliseconds, so {@code t >= bound} and {@code t < bound} hold exactly
   * when they hold against the bound rounded up to the next millisecond; {@code Date.from} alone
   * would round down and let in a record a fraction of a millisecond before {@code from}.
   */
  static Date ceilingMillis(Instant bound) {
    Date floor = Date.from(bound);
    return bound.getNano() % 1_000_000 == 0 ? floor : new Date(floor.getTime() + 1);
  }
}
