package com.mdm.domain.metadata;

import com.mdm.domain.market.Symbol;
import java.time.Instant;
import java.util.Objects;

/**
 * Health of one dataset over one audit window; scores are percentages from 0 to 100.
 *
 * @param metricId null until stored
 * @param gapsCount gaps that count against capture (every cause but {@code not_collected})
 * @param notCollectedGaps gaps before the series' first stored record: history never collected,
 *     which counts neither in {@code gapsCount} nor against any score
 * @param notCollectedRecords how many records those gaps are missing, where countable
 */
public record HealthMetric(
    Long metricId,
    String datasetId,
    Symbol symbol,
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
    Instant timestamp) {

  public HealthMetric {
    Objects.requireNonNull(datasetId, "datasetId must not be null");
    Objects.requireNonNull(windowStart, "windowStart must not be null");
    Objects.requireNonNull(windowEnd, "windowEnd must not be null");
    Objects.requireNonNull(timestamp, "timestamp must not be null");
    score(completeness, "completeness");
    score(freshnessScore, "freshnessScore");
    score(continuityScore, "continuityScore");
    score(validityScore, "validityScore");
    score(qualityScore, "qualityScore");
    if (gapsCount < 0
        || duplicatesCount < 0
        || notCollectedGaps < 0
        || notCollectedRecords < 0
        || freshnessSeconds < 0) {
      throw new IllegalArgumentException("counts and freshness must be >= 0");
    }
  }

  private static void score(double value, String field) {
    if (!(value >= 0 && value <= 100)) {
      throw new IllegalArgumentException(field + " must be between 0 and 100 but was " + value);
    }
  }
}
