package com.mdm.domain.metadata;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Where the records of a dataset came from: one ingest window or one backfill run.
 *
 * @param lineageId null until stored
 * @param sourceDatasetId the upstream dataset, if the source is one of ours; else null
 * @param source e.g. the NATS subject, or {@code binance-rest}
 * @param parameters what the transformation ran with (stream sequence range, endpoint, ...)
 */
public record LineageRecord(
    Long lineageId,
    String datasetId,
    String sourceDatasetId,
    String source,
    String transformation,
    LineageParameters parameters,
    long inputRecords,
    long outputRecords,
    long duplicateRecords,
    long deadLetters,
    Instant rangeStart,
    Instant rangeEnd,
    Duration duration,
    String status,
    String errorMessage,
    Instant timestamp) {

  public LineageRecord {
    Objects.requireNonNull(datasetId, "datasetId must not be null");
    Objects.requireNonNull(source, "source must not be null");
    Objects.requireNonNull(transformation, "transformation must not be null");
    Objects.requireNonNull(parameters, "parameters must not be null");
    if (!transformation.equals(parameters.transformation())) {
      throw new IllegalArgumentException(
          "transformation '"
              + transformation
              + "' does not match its parameters, which are those of '"
              + parameters.transformation()
              + "'");
    }
    Objects.requireNonNull(duration, "duration must not be null");
    Objects.requireNonNull(status, "status must not be null");
    Objects.requireNonNull(timestamp, "timestamp must not be null");
    if (inputRecords < 0 || outputRecords < 0 || duplicateRecords < 0 || deadLetters < 0) {
      throw new IllegalArgumentException("record counts must be >= 0");
    }
  }
}
