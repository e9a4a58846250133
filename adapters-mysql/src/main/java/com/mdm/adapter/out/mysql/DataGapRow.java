package com.mdm.adapter.out.mysql;

import java.time.Instant;

/** One row of {@code data_gaps} (public only so that Jdbi can bind its accessors). */
public record DataGapRow(
    String gapId,
    String datasetId,
    String seriesType,
    String symbol,
    String timeframe,
    Instant startTime,
    Instant endTime,
    long expectedMissing,
    String severity,
    String status,
    String details,
    Instant detectedAt,
    Instant updatedAt,
    String cause,
    String fate,
    String fateJobId,
    long fateRecords,
    String fateReason) {}
