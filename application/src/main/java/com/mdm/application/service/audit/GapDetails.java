package com.mdm.application.service.audit;

import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.metadata.IdRange;
import com.mdm.domain.metadata.Severity;
import java.time.Duration;

/** The machine-readable JSON kept with a gap and written to the audit log. */
final class GapDetails {

  private GapDetails() {}

  static JsonText of(
      String gapId, SeriesKey series, DetectedGap gap, Severity severity, Duration tolerance) {
    JsonText json =
        new JsonText()
            .put("gapId", gapId)
            .put("dataset", series.datasetId())
            .put("seriesType", series.type().name())
            .put("symbol", series.symbol().value())
            .put("timeframe", series.timeframe() == null ? null : series.timeframe().code())
            .put("kind", gap.kind().name())
            .put("position", gap.position().name())
            .put("start", gap.start())
            .put("end", gap.end())
            .put("durationSeconds", gap.duration().toMillis() / 1000.0)
            .put("expectedMissing", gap.missing())
            .put("breaks", gap.breaks());
    if (gap.missingIds() != null) {
      json.put("missingIds", range(gap.missingIds()));
    }
    if (gap.missingTradeIds() != null) {
      json.put("missingTradeIds", range(gap.missingTradeIds()));
    }
    return json.put("severity", severity.name())
        .put("toleranceSeconds", tolerance.toSeconds())
        .put("anchor", gap.anchor());
  }

  /** The audit log entry of a gap found for the first time (or again after it was resolved). */
  static String detected(DataGap gap, boolean reopened) {
    return event(gap, reopened ? "reopened" : "detected");
  }

  static String event(DataGap gap, String event) {
    return new JsonText()
        .put("event", event)
        .put("gapId", gap.gapId())
        .put("dataset", gap.datasetId())
        .put("status", gap.status().name())
        .put("start", gap.start())
        .put("end", gap.end())
        .put("durationSeconds", gap.duration().toMillis() / 1000.0)
        .put("expectedMissing", gap.expectedMissing())
        .put("severity", gap.severity().name())
        .putRaw("gap", gap.details())
        .toString();
  }

  private static JsonText range(IdRange range) {
    return new JsonText()
        .put("from", range.from())
        .put("to", range.to())
        .put("count", range.count());
  }
}
