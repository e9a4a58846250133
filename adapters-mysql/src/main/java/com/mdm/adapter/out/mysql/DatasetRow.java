package com.mdm.adapter.out.mysql;

import java.time.Instant;

/**
 * One row of {@code datasets}; symbol and timeframe as their codes (public only so that Jdbi can
 * bind its accessors).
 */
public record DatasetRow(
    String datasetId,
    String name,
    String description,
    String category,
    String schemaId,
    String storageType,
    String location,
    String symbol,
    String timeframe,
    String owner,
    String updateFrequency,
    Instant firstTimestamp,
    Instant lastTimestamp,
    Long approximateCount,
    Instant createdAt,
    Instant updatedAt) {}
