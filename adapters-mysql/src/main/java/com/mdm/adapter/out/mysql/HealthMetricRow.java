package com.mdm.adapter.out.mysql;

import java.time.Instant;

/**
 * One row of {@code health_metrics}, every sub-score in a column of its own (public only so that
 * Jdbi can bind its accessors).
 */
public record HealthMetricRow(
    Long metricId,
    String datasetId,
    String symbol,
    Instant windowStart,
    Instant windowEnd,
    double completeness,
    long freshnessSeconds,
    double freshnessScore,
    int gapsCount,
    int duplicatesCount,
    int notCollectedGaps,
    long notCollectedRecords,
    double continuityScore,
    double validityScore,
    double qualityScore,
    Instant recordedAt) {

  HealthMetricRow withMetricId(long id) {
    return new HealthMetricRow(
        id,
        datasetId,
        symbol,
        windowStart,
        windowEnd,
        completeness,
        freshnessSeconds,
        freshnessScore,
        gapsCount,
        duplicatesCount,
        notCollectedGaps,
        notCollectedRecords,
        continuityScore,
        validityScore,
        qualityScore,
        recordedAt);
  }
}
