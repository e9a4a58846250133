package com.mdm.domain.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The health of every catalog dataset at a glance.
 *
 * @param overallScore mean latest quality score of the measured datasets, 0 to 100; null when none
 *     is measured
 * @param healthyThreshold the quality score from which a dataset counts as healthy
 * @param degradedThreshold the quality score from which a dataset counts as degraded, below which
 *     it is unhealthy
 */
public record HealthSummary(
    int healthy,
    int degraded,
    int unhealthy,
    int unknown,
    Double overallScore,
    double healthyThreshold,
    double degradedThreshold,
    List<DatasetHealth> datasets,
    Instant generatedAt) {

  public HealthSummary {
    datasets = List.copyOf(Objects.requireNonNull(datasets, "datasets must not be null"));
    Objects.requireNonNull(generatedAt, "generatedAt must not be null");
  }
}
