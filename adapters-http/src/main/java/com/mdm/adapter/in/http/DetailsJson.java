package com.mdm.adapter.in.http;

import static com.mdm.adapter.in.http.Json.time;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mdm.domain.metadata.BackfillParameters;
import com.mdm.domain.metadata.DeadLetterParameters;
import com.mdm.domain.metadata.IngestParameters;
import com.mdm.domain.metadata.LineageParameters;

/**
 * JSON of the typed details that lineage records carry, shaped as they are stored: field names,
 * order, and which nulls are left out.
 */
final class DetailsJson {

  private DetailsJson() {}

  static ObjectNode parameters(LineageParameters parameters) {
    return switch (parameters) {
      case IngestParameters p ->
          Json.object()
              .put("collection", p.collection())
              .put("window_start", time(p.windowStart()))
              .put("window_end", time(p.windowEnd()))
              .put("batches", p.batches())
              .put("stream_sequence_first", p.firstSequence())
              .put("stream_sequence_last", p.lastSequence());
      case DeadLetterParameters p ->
          Json.object()
              .put("window_start", time(p.windowStart()))
              .put("window_end", time(p.windowEnd()));
      case BackfillParameters p -> backfill(p);
    };
  }

  private static ObjectNode backfill(BackfillParameters parameters) {
    ObjectNode json = Json.object().put("jobId", parameters.jobId());
    present(json, "endpoint", parameters.endpoint());
    json.put("symbol", parameters.symbol().value()).put("dataType", parameters.dataType().name());
    present(
        json, "interval", parameters.timeframe() == null ? null : parameters.timeframe().code());
    json.put("pages", parameters.pages()).put("attempts", parameters.attempts());
    return present(json, "gapId", parameters.gapId());
  }

  /** Puts {@code value} unless it is null: the stored shape leaves such fields out. */
  private static ObjectNode present(ObjectNode json, String name, String value) {
    return value == null ? json : json.put(name, value);
  }
}
