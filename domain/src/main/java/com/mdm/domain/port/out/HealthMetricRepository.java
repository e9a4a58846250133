package com.mdm.domain.port.out;

import com.mdm.domain.market.TimeRange;
import com.mdm.domain.metadata.HealthMetric;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Health metrics per dataset over time. */
public interface HealthMetricRepository {

  /** Appends the metric and returns it with its id. */
  HealthMetric append(HealthMetric metric);

  Optional<HealthMetric> latest(String datasetId);

  /** Metrics of the dataset whose timestamp lies in {@code range}, oldest first. */
  List<HealthMetric> history(String datasetId, TimeRange range);

  /** Deletes metrics older than {@code cutoff}; returns how many. */
  int purgeOlderThan(Instant cutoff);
}
