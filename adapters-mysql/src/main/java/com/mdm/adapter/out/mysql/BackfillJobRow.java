package com.mdm.adapter.out.mysql;

import java.time.Instant;

/**
 * One row of {@code backfill_jobs}; enums by name, symbol and timeframe as codes (public only so
 * that Jdbi can bind its accessors).
 */
public record BackfillJobRow(
    String jobId,
    String symbol,
    String dataType,
    String timeframe,
    Instant startTime,
    Instant endTime,
    int priority,
    String status,
    double progress,
    long recordsFetched,
    long recordsInserted,
    String checkpoint,
    String errorMessage,
    int attempts,
    String claimedBy,
    Instant createdAt,
    Instant startedAt,
    Instant completedAt,
    Instant updatedAt) {}
