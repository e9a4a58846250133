package com.mdm.application.service.metadata;

import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.metadata.LineageRecord;
import java.time.Duration;
import java.time.Instant;

/** Builds the lineage records of ingest windows. */
final class IngestLineage {

  static final String TRANSFORMATION = "websocket-ingest";

  private IngestLineage() {}

  static LineageRecord of(
      SeriesKey key, WindowStats stats, Instant windowStart, Instant windowEnd) {
    String parameters =
        "{\"collection\":\""
            + key.collectionName()
            + "\",\"window_start\":\""
            + windowStart
            + "\",\"window_end\":\""
            + windowEnd
            + "\",\"batches\":"
            + stats.batches
            + ",\"stream_sequence_first\":"
            + stats.firstSequence
            + ",\"stream_sequence_last\":"
            + stats.lastSequence
            + "}";
    return new LineageRecord(
        null,
        key.datasetId(),
        null,
        stats.source == null ? "unknown" : stats.source,
        TRANSFORMATION,
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
    String parameters =
        "{\"window_start\":\"" + windowStart + "\",\"window_end\":\"" + windowEnd + "\"}";
    return new LineageRecord(
        null,
        datasetId,
        null,
        source,
        "dead-letter",
        parameters,
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
