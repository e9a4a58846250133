package com.mdm.adapter.out.mongo;

import com.mdm.domain.market.RecordOrigin;
import java.util.Locale;
import org.bson.Document;

/**
 * The compact origin kept in each series document, {@code origin: {k: "live", s: subject, p:
 * sequence}} ({@code k} also {@code backfill} with the job id, or {@code import} with the file and
 * line); documents written before origins were kept have none.
 */
final class OriginDocuments {

  static final String FIELD = "origin";

  private OriginDocuments() {}

  /** {@code document} with {@code origin} added; unchanged when origin is null. */
  static Document with(Document document, RecordOrigin origin) {
    if (origin == null) {
      return document;
    }
    Document compact =
        new Document("k", origin.kind().name().toLowerCase(Locale.ROOT))
            .append("s", origin.source());
    if (origin.position() > 0) {
      compact.append("p", origin.position());
    }
    return document.append(FIELD, compact);
  }

  /** The origin kept in {@code document}, or null. */
  static RecordOrigin of(Document document) {
    Document compact = document.get(FIELD, Document.class);
    if (compact == null) {
      return null;
    }
    Number position = compact.get("p", Number.class);
    return new RecordOrigin(
        RecordOrigin.Kind.valueOf(compact.getString("k").toUpperCase(Locale.ROOT)),
        compact.getString("s"),
        position == null ? 0 : position.longValue());
  }
}
