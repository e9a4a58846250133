package com.mdm.adapter.in.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mdm.domain.market.RecordOrigin;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Adds {@code "origin"} to each answered record: {@code {"kind":"live","subject":…,"sequence":…}},
 * {@code {"kind":"backfill","jobId":…}} or {@code {"kind":"import","file":…,"line":…}}; null where
 * none was stored.
 */
final class OriginJson {

  private OriginJson() {}

  static List<ObjectNode> withOrigins(List<?> records, List<RecordOrigin> origins) {
    List<ObjectNode> out = new ArrayList<>(records.size());
    for (int i = 0; i < records.size(); i++) {
      ObjectNode json = AnswerJson.tree(records.get(i));
      json.set("origin", origin(origins.get(i)));
      out.add(json);
    }
    return out;
  }

  static ObjectNode origin(RecordOrigin origin) {
    if (origin == null) {
      return null;
    }
    ObjectNode json = Json.object().put("kind", origin.kind().name().toLowerCase(Locale.ROOT));
    return switch (origin.kind()) {
      case LIVE -> json.put("subject", origin.source()).put("sequence", origin.position());
      case BACKFILL -> json.put("jobId", origin.source());
      case IMPORT -> json.put("file", origin.source()).put("line", origin.position());
      case CORRECTION -> json.put("source", origin.source());
    };
  }
}
