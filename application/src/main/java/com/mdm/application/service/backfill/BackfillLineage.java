package com.mdm.application.service.backfill;

import com.mdm.domain.metadata.BackfillJob;
import com.mdm.domain.metadata.BackfillParameters;
import com.mdm.domain.metadata.LineageRecord;
import java.time.Duration;
import java.time.Instant;

/**
 * The lineage record of a finished backfill job: source and endpoint, range, counts (input = rows
 * fetched, output = records newly written, duplicates = the rest) and the duration of its last run.
 */
final class BackfillLineage {

  private BackfillLineage() {}

  static LineageRecord of(
      BackfillJob job, String source, String endpoint, long pages, String gapId, Instant now) {
    Instant started = job.startedAt() == null ? now : job.startedAt();
    return new LineageRecord(
        null,
        BackfillSeries.of(job).datasetId(),
        null,
        source,
        BackfillParameters.TRANSFORMATION,
        new BackfillParameters(
            job.jobId(),
            endpoint,
            job.symbol(),
            job.dataType(),
            job.timeframe(),
            pages,
            job.attempts(),
            gapId),
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
