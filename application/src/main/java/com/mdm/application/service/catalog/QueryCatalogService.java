package com.mdm.application.service.catalog;

import com.mdm.domain.metadata.Dataset;
import com.mdm.domain.metadata.DatasetFilter;
import com.mdm.domain.metadata.LineageRecord;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.in.DatasetDetails;
import com.mdm.domain.port.in.QueryCatalogUseCase;
import com.mdm.domain.port.out.DatasetRepository;
import com.mdm.domain.port.out.HealthMetricRepository;
import com.mdm.domain.port.out.LineageRepository;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Serves the catalog from the dataset, health-metric and lineage repositories. */
public final class QueryCatalogService implements QueryCatalogUseCase {

  private final DatasetRepository datasets;
  private final HealthMetricRepository healthMetrics;
  private final LineageRepository lineage;

  public QueryCatalogService(
      DatasetRepository datasets, HealthMetricRepository healthMetrics, LineageRepository lineage) {
    this.datasets = Objects.requireNonNull(datasets, "datasets must not be null");
    this.healthMetrics = Objects.requireNonNull(healthMetrics, "healthMetrics must not be null");
    this.lineage = Objects.requireNonNull(lineage, "lineage must not be null");
  }

  @Override
  public List<Dataset> datasets(DatasetFilter filter, PageRequest page) {
    return datasets.list(filter, page);
  }

  @Override
  public Optional<DatasetDetails> dataset(String datasetId) {
    return datasets
        .findById(datasetId)
        .map(dataset -> new DatasetDetails(dataset, healthMetrics.latest(datasetId).orElse(null)));
  }

  @Override
  public Optional<List<LineageRecord>> lineage(String datasetId, PageRequest page) {
    List<LineageRecord> records = lineage.listByDataset(datasetId, page);
    if (records.isEmpty() && datasets.findById(datasetId).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(records);
  }
}
