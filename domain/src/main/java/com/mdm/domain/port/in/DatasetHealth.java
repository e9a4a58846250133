package com.mdm.domain.port.in;

import com.mdm.domain.metadata.HealthMetric;
import java.util.Objects;

/**
 * The health of one catalog dataset.
 *
 * @param latest the latest metric; null when the dataset was never measured
 */
public record DatasetHealth(String datasetId, HealthStatus status, HealthMetric latest) {

  public DatasetHealth {
    Objects.requireNonNull(datasetId, "datasetId must not be null");
    Objects.requireNonNull(status, "status must not be null");
  }
}
