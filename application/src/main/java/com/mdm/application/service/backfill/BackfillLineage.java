package com.mdm.application.service.backfill;

import com.mdm.domain.metadata.BackfillJob;
import com.mdm.domain.metadata.LineageRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The lineage record of a finished backfill job: source and endpoint, range, counts (input = rows
 * fetched, output = records newly written, duplicates = the rest) and the duration of its last run.
 */
final class BackfillLineage {

  static final String TRANSFORMATION = "backfill";

  private BackfillLineage() {}

  static LineageRecord of(
      BackfillJob job, String source, String endpoint, long pages, String gapId, Instant now) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("jobId", job.jobId());
    parameters.put("endpoint", endpoint);
    parameters.put("symbol", job.symbol().value());
    parameters.put("dataType", job.dataType().name());
    parameters.put("interval", job.timeframe() == null ? null : job.timeframe().code());
    parameters.put("pages", pages);
    parameters.put("attempts", job.attempts());
    parameters.put("gapId", gapId);
    Instant started = job.startedAt() == null ? now : job.startedAt();
    return new LineageRecord(
        null,
        BackfillSeries.of(job).datasetId(),
        null,
        source,
        TRANSFORMATION,
        FlatJson.write(parameters),
        job.recordsFetched(),
        job.recordsInserted(),
        Math.max(0, job.recordsFetched() - job.recordsInserted()),
        0,
        job.startTime(),
        job.endTime(),
        started.isAfter(now) ? Duration.ZERO : Duration.between(started, now),
        job.status().name(),
        job.errorMessage(),
        now);
  }
}
