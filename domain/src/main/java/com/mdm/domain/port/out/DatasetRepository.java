package com.mdm.domain.port.out;

import com.mdm.domain.metadata.Dataset;
import com.mdm.domain.metadata.DatasetFilter;
import com.mdm.domain.metadata.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The dataset catalog. */
public interface DatasetRepository {

  /**
   * Inserts the dataset, or updates its descriptive fields when the id exists; keeps the stored
   * creation time and coverage.
   */
  void upsert(Dataset dataset);

  Optional<Dataset> findById(String datasetId);

  /** Datasets matching the filter, ordered by id. */
  List<Dataset> list(DatasetFilter filter, PageRequest page);

  /** Records what the dataset covers, as measured at {@code measuredAt}. */
  void updateCoverage(
      String datasetId,
      Instant firstTimestamp,
      Instant lastTimestamp,
      long approximateCount,
      Instant measuredAt);
}
