package com.mdm.domain.port.in;

import com.mdm.domain.metadata.Dataset;
import com.mdm.domain.metadata.DatasetFilter;
import com.mdm.domain.metadata.LineageRecord;
import com.mdm.domain.metadata.PageRequest;
import java.util.List;
import java.util.Optional;

/** Reads the dataset catalog and the lineage of datasets. */
public interface QueryCatalogUseCase {

  /** Datasets matching the filter, ordered by id. */
  List<Dataset> datasets(DatasetFilter filter, PageRequest page);

  /** The dataset with its latest health; empty when the catalog does not know the id. */
  Optional<DatasetDetails> dataset(String datasetId);

  /**
   * Lineage records of the dataset, newest first; empty when the id is neither in the catalog nor
   * has any lineage.
   */
  Optional<List<LineageRecord>> lineage(String datasetId, PageRequest page);
}
