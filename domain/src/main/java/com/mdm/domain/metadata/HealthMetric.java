package com.mdm.domain.metadata;

import com.mdm.domain.market.Symbol;
import java.time.Instant;
import java.util.Objects;

/**
 * Health of one dataset over one audit window; scores are percentages from 0 to 100.
 *
 * @param metricId null until stored
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
    if (gapsCount < 0 || duplicatesCount < 0 || freshnessSeconds < 0) {
      throw new IllegalArgumentException("counts and freshness must be >= 0");
    }
  }

  private static void score(double value, String field) {
    if (!(value >= 0 && value <= 100)) {
      throw new IllegalArgumentException(field + " must be between 0 and 100 but was " + value);
    }
  }
}
