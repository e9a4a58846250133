package com.mdm.adapter.out.mysql;

import static com.mdm.adapter.out.mysql.UtcTimes.stored;

import com.mdm.domain.metadata.HealthMetric;

/** Converts between {@link HealthMetric} and its row. */
final class HealthMetricMapper {

  private HealthMetricMapper() {}

  static HealthMetricRow toRow(HealthMetric metric) {
    return new HealthMetricRow(
        metric.metricId(),
        metric.datasetId(),
        Codes.symbol(metric.symbol()),
        stored(metric.windowStart()),
        stored(metric.windowEnd()),
        metric.completeness(),
        metric.freshnessSeconds(),
        metric.freshnessScore(),
        metric.gapsCount(),
        metric.duplicatesCount(),
        metric.notCollectedGaps(),
        metric.notCollectedRecords(),
        metric.continuityScore(),
        metric.validityScore(),
        metric.qualityScore(),
        stored(metric.timestamp()));
  }

  static HealthMetric toDomain(HealthMetricRow row) {
    return new HealthMetric(
        row.metricId(),
        row.datasetId(),
        Codes.symbol(row.symbol()),
        row.windowStart(),
        row.windowEnd(),
        row.completeness(),
        row.freshnessSeconds(),
        row.freshnessScore(),
        row.gapsCount(),
        row.duplicatesCount(),
        row.notCollectedGaps(),
        row.notCollectedRecords(),
        row.continuityScore(),
        row.validityScore(),
        row.qualityScore(),
        row.recordedAt());
  }
}
