package com.mdm.adapter.in.http;

import static com.mdm.adapter.in.http.Json.time;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.AuditLogEntry;
import com.mdm.domain.metadata.BackfillJob;
import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.metadata.Dataset;
import com.mdm.domain.metadata.GapFate;
import com.mdm.domain.metadata.HealthMetric;
import com.mdm.domain.metadata.LineageRecord;
import com.mdm.domain.port.out.ProbeResult;
import java.util.Locale;

/** JSON of catalog, health, audit and backfill records; enum values in lower case. */
final class MetadataJson {

  private MetadataJson() {}

  static ObjectNode dataset(Dataset dataset) {
    ObjectNode json =
        Json.object()
            .put("id", dataset.datasetId())
            .put("name", dataset.name())
            .put("description", dataset.description())
            .put("category", dataset.category())
            .put("schemaId", dataset.schemaId())
            .put("storageType", dataset.storageType())
            .put("location", dataset.location())
            .put("pair", symbol(dataset.symbol()))
            .put("period", period(dataset.timeframe()))
            .put("owner", dataset.owner())
            .put("updateFrequency", dataset.updateFrequency());
    json.putObject("coverage")
        .put("first", time(dataset.firstTimestamp()))
        .put("last", time(dataset.lastTimestamp()))
        .put("approximateCount", dataset.approximateCount());
    return json.put("createdAt", time(dataset.createdAt()))
        .put("updatedAt", time(dataset.updatedAt()));
  }

  static ObjectNode healthMetric(HealthMetric metric) {
    if (metric == null) {
      return null;
    }
    return Json.object()
        .put("dataset", metric.datasetId())
        .put("pair", symbol(metric.symbol()))
        .put("windowStart", time(metric.windowStart()))
        .put("windowEnd", time(metric.windowEnd()))
        .put("completeness", metric.completeness())
        .put("freshnessSeconds", metric.freshnessSeconds())
        .put("freshnessScore", metric.freshnessScore())
        .put("gapsCount", metric.gapsCount())
        .put("duplicatesCount", metric.duplicatesCount())
        .put("notCollectedGaps", metric.notCollectedGaps())
        .put("notCollectedRecords", metric.notCollectedRecords())
        .put("continuityScore", metric.continuityScore())
        .put("validityScore", metric.validityScore())
        .put("qualityScore", metric.qualityScore())
        .put("timestamp", time(metric.timestamp()));
  }

  static ObjectNode probe(ProbeResult probe) {
    return Json.object()
        .put("name", probe.name())
        .put("connected", probe.up())
        .put("latencyMs", Json.millis(probe.latency()))
        .put("version", probe.version())
        .put("error", probe.error());
  }

  static ObjectNode lineage(LineageRecord record) {
    ObjectNode json =
        Json.object()
            .put("id", record.lineageId())
            .put("dataset", record.datasetId())
            .put("sourceDataset", record.sourceDatasetId())
            .put("source", record.source())
            .put("transformation", record.transformation());
    json.set("parameters", DetailsJson.parameters(record.parameters()));
    return json.put("inputRecords", record.inputRecords())
        .put("outputRecords", record.outputRecords())
        .put("duplicateRecords", record.duplicateRecords())
        .put("deadLetters", record.deadLetters())
        .put("rangeStart", time(record.rangeStart()))
        .put("rangeEnd", time(record.rangeEnd()))
        .put("durationSeconds", record.duration().toMillis() / 1000.0)
        .put("status", record.status())
        .put("errorMessage", record.errorMessage())
        .put("timestamp", time(record.timestamp()));
  }

  static ObjectNode auditLog(AuditLogEntry entry) {
    ObjectNode json =
        Json.object()
            .put("id", entry.auditId())
            .put("dataset", entry.datasetId())
            .put("pair", symbol(entry.symbol()))
            .put("type", entry.auditType())
            .put("severity", lower(entry.severity()));
    json.set("details", DetailsJson.gapEvent(entry.details()));
    return json.put("timestamp", time(entry.timestamp()));
  }

  static ObjectNode gap(DataGap gap) {
    ObjectNode json =
        Json.object()
            .put("id", gap.gapId())
            .put("dataset", gap.datasetId())
            .put("pair", symbol(gap.series().symbol()))
            .put("start", time(gap.start()))
            .put("end", time(gap.end()))
            .put("durationSeconds", gap.duration().toSeconds())
            .put("expectedMissing", gap.expectedMissing())
            .put("severity", lower(gap.severity()))
            .put("status", lower(gap.status()))
            .put("cause", lower(gap.cause()));
    json.set("fate", fate(gap.fate()));
    json.set("details", DetailsJson.gapDetails(gap.details()));
    return json.put("detectedAt", time(gap.detectedAt())).put("updatedAt", time(gap.updatedAt()));
  }

  /** The fate: its kind, and the job, its records and the reason where there are some. */
  static ObjectNode fate(GapFate fate) {
    ObjectNode json = Json.object().put("kind", lower(fate.kind()));
    if (fate.jobId() != null) {
      json.put("jobId", fate.jobId()).put("recordsInserted", fate.recordsInserted());
    }
    if (fate.reason() != null) {
      json.put("reason", fate.reason());
    }
    return json;
  }

  static ObjectNode backfillJob(BackfillJob job) {
    return Json.object()
        .put("id", job.jobId())
        .put("pair", symbol(job.symbol()))
        .put("dataType", lower(job.dataType()))
        .put("period", period(job.timeframe()))
        .put("start", time(job.startTime()))
        .put("end", time(job.endTime()))
        .put("priority", job.priority())
        .put("status", lower(job.status()))
        .put("progress", job.progress())
        .put("recordsFetched", job.recordsFetched())
        .put("recordsInserted", job.recordsInserted())
        .put("errorMessage", job.errorMessage())
        .put("attempts", job.attempts())
        .put("claimedBy", job.claimedBy())
        .put("createdAt", time(job.createdAt()))
        .put("startedAt", time(job.startedAt()))
        .put("completedAt", time(job.completedAt()))
        .put("updatedAt", time(job.updatedAt()));
  }

  static String lower(Enum<?> value) {
    return value == null ? null : value.name().toLowerCase(Locale.ROOT);
  }

  private static String symbol(Symbol symbol) {
    return symbol == null ? null : symbol.value();
  }

  private static String period(Timeframe timeframe) {
    return timeframe == null ? null : timeframe.code();
  }
}
