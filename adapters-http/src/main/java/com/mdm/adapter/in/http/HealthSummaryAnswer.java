package com.mdm.adapter.in.http;

import com.mdm.domain.metadata.HealthMetric;
import com.mdm.domain.port.in.DatasetHealth;
import com.mdm.domain.port.in.HealthSummary;
import java.time.Instant;
import java.util.List;

/**
 * The answer of {@code /health/summary}: datasets counted by status, the overall score, the
 * thresholds of the statuses, and the status and latest score of each dataset.
 *
 * @param overallScore null when no dataset is measured
 */
record HealthSummaryAnswer(
    int healthy,
    int degraded,
    int unhealthy,
    int unknown,
    Double overallScore,
    Instant generatedAt,
    Thresholds thresholds,
    List<Entry> datasets) {

  static HealthSummaryAnswer of(HealthSummary summary) {
    return new HealthSummaryAnswer(
        summary.healthy(),
        summary.degraded(),
        summary.unhealthy(),
        summary.unknown(),
        summary.overallScore(),
        summary.generatedAt(),
        new Thresholds(summary.healthyThreshold(), summary.degradedThreshold()),
        summary.datasets().stream().map(Entry::of).toList());
  }

  /** The quality scores from which a dataset counts as healthy, and as degraded. */
  record Thresholds(double healthy, double degraded) {}

  /**
   * One dataset: its status in lower case, and its latest score and when it was measured (null when
   * never).
   */
  record Entry(String dataset, String status, Double qualityScore, Instant measuredAt) {

    static Entry of(DatasetHealth health) {
      HealthMetric latest = health.latest();
      return new Entry(
          health.datasetId(),
          MetadataJson.lower(health.status()),
          latest == null ? null : latest.qualityScore(),
          latest == null ? null : latest.timestamp());
    }
  }
}
