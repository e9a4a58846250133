package com.mdm.adapter.out.mysql;

import java.time.Instant;

/**
 * One row of {@code lineage_records}; the duration in milliseconds (public only so that Jdbi can
 * bind its accessors).
 */
public record LineageRow(
    Long lineageId,
    String datasetId,
    String sourceDatasetId,
    String source,
    String transformation,
    String parameters,
    long inputRecords,
    long outputRecords,
    long duplicateRecords,
    long deadLetters,
    Instant rangeStart,
    Instant rangeEnd,
    long durationMs,
    String status,
    String errorMessage,
    Instant recordedAt) {

  LineageRow withLineageId(long id) {
    return new LineageRow(
        id,
        datasetId,
        sourceDatasetId,
        source,
        transformation,
        parameters,
        inputRecords,
        outputRecords,
        duplicateRecords,
        deadLetters,
        rangeStart,
        rangeEnd,
        durationMs,
        status,
        errorMessage,
        recordedAt);
  }
}
