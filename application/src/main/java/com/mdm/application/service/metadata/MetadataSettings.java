package com.mdm.application.service.metadata;

import java.time.Duration;
import java.util.Objects;

/**
 * How often ingest bookkeeping reaches the metadata database.
 *
 * @param lineageWindow one lineage record per dataset per window
 * @param coverageRefresh how often dataset coverage (first/last time, count) is measured
 * @param healthRetention health metrics older than this are purged
 */
public record MetadataSettings(
    Duration lineageWindow, Duration coverageRefresh, Duration healthRetention) {

  public MetadataSettings {
    Objects.requireNonNull(lineageWindow, "lineageWindow");
    Objects.requireNonNull(coverageRefresh, "coverageRefresh");
    Objects.requireNonNull(healthRetention, "healthRetention");
    if (lineageWindow.isZero() || coverageRefresh.isZero() || healthRetention.isZero()) {
      throw new IllegalArgumentException("metadata intervals must be > 0");
    }
  }
}
