package com.mdm.application.service.metadata;

import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.metadata.DeadLetterParameters;
import com.mdm.domain.metadata.IngestParameters;
import com.mdm.domain.metadata.LineageRecord;
import java.time.Duration;
import java.time.Instant;

/** Builds the lineage records of ingest windows. */
final class IngestLineage {

  private IngestLineage() {}

  static LineageRecord of(
      SeriesKey key, WindowStats stats, Instant windowStart, Instant windowEnd) {
    IngestParameters parameters =
        new IngestParameters(
            key.collectionName(),
            windowStart,
            windowEnd,
            stats.batches,
            stats.firstSequence,
            stats.lastSequence);
    return new LineageRecord(
        null,
        key.datasetId(),
        null,
        stats.source == null ? "unknown" : stats.source,
        IngestParameters.TRANSFORMATION,
        parameters,
        stats.records,
        stats.written,
        stats.duplicates,
        0,
        stats.firstTime,
        stats.lastTime,
        stats.writeTime,
        "completed",
        null,
        windowEnd);
  }

  static LineageRecord deadLetters(
      String datasetId, String source, long count, Instant windowStart, Instant windowEnd) {
    return new LineageRecord(
        null,
        datasetId,
        null,
        source,
        DeadLetterParameters.TRANSFORMATION,
        new DeadLetterParameters(windowStart, windowEnd),
        count,
        0,
        0,
        count,
        windowStart,
        windowEnd,
        Duration.ZERO,
        "completed",
        null,
        windowEnd);
  }
}
