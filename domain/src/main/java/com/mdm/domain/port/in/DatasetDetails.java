package com.mdm.domain.port.in;

import com.mdm.domain.metadata.Dataset;
import com.mdm.domain.metadata.HealthMetric;
import java.util.Objects;

/**
 * A catalog entry with its coverage (as last measured) and its latest health.
 *
 * @param latestHealth null until the auditor has measured the dataset
 */
public record DatasetDetails(Dataset dataset, HealthMetric latestHealth) {

  public DatasetDetails {
    Objects.requireNonNull(dataset, "dataset must not be null");
  }
}
