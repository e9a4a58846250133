package com.mdm.adapter.in.http;

import static com.mdm.adapter.in.http.Json.time;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.metadata.BackfillParameters;
import com.mdm.domain.metadata.CaptureImportParameters;
import com.mdm.domain.metadata.DeadLetterParameters;
import com.mdm.domain.metadata.GapDetails;
import com.mdm.domain.metadata.GapEvent;
import com.mdm.domain.metadata.IdRange;
import com.mdm.domain.metadata.IngestParameters;
import com.mdm.domain.metadata.LineageParameters;
import java.time.Duration;
import java.util.Locale;

/**
 * JSON of the typed details that lineage records, gaps and audit log entries carry, shaped as they
 * are stored: field names, order, number formats, and which nulls are left out.
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
      case CaptureImportParameters p ->
          Json.object()
              .put("collection", p.collection())
              .put("file", p.file())
              .put("size_bytes", p.sizeBytes())
              .put("lines", p.lines())
              .put("rejected_lines", p.rejectedLines())
              .put("line_first", p.lineFirst())
              .put("line_last", p.lineLast());
    };
  }

  static ObjectNode gapEvent(GapEvent event) {
    ObjectNode json =
        Json.object()
            .put("event", event.type().name().toLowerCase(Locale.ROOT))
            .put("gapId", event.gapId())
            .put("dataset", event.datasetId())
            .put("status", event.status().name())
            .put("start", time(event.start()))
            .put("end", time(event.end()))
            .put("durationSeconds", seconds(event.duration()))
            .put("expectedMissing", event.expectedMissing())
            .put("severity", event.severity().name());
    json.set("gap", gapDetails(event.gap()));
    return json;
  }

  static ObjectNode gapDetails(GapDetails details) {
    SeriesKey series = details.series();
    ObjectNode json =
        Json.object()
            .put("gapId", details.gapId())
            .put("dataset", series.datasetId())
            .put("seriesType", series.type().name())
            .put("symbol", series.symbol().value())
            .put("timeframe", series.timeframe() == null ? null : series.timeframe().code())
            .put("kind", details.kind().name())
            .put("position", details.position().name())
            .put("start", time(details.start()))
            .put("end", time(details.end()))
            .put("durationSeconds", seconds(details.duration()))
            .put("expectedMissing", details.expectedMissing())
            .put("breaks", details.breaks());
    range(json, "missingIds", details.missingIds());
    range(json, "missingTradeIds", details.missingTradeIds());
    return json.put("severity", details.severity().name())
        .put("toleranceSeconds", details.tolerance().toSeconds())
        .put("anchor", details.anchor());
  }

  /** Seconds with the milliseconds as decimals, as the auditor has always written durations. */
  private static double seconds(Duration duration) {
    return duration.toMillis() / 1000.0;
  }

  private static void range(ObjectNode json, String name, IdRange range) {
    if (range != null) {
      json.putObject(name)
          .put("from", range.from())
          .put("to", range.to())
          .put("count", range.count());
    }
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
