package com.mdm.adapter.out.mysql;

import com.mdm.domain.metadata.Dataset;
import com.mdm.domain.metadata.DatasetFilter;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.out.DatasetRepository;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** The dataset catalog in the {@code datasets} table. */
public final class JdbiDatasetRepository implements DatasetRepository {

  private final DatasetDao dao;

  public JdbiDatasetRepository(Jdbi jdbi) {
    this.dao = Objects.requireNonNull(jdbi, "jdbi must not be null").onDemand(DatasetDao.class);
  }

  @Override
  public void upsert(Dataset dataset) {
    Objects.requireNonNull(dataset, "dataset must not be null");
    dao.upsert(DatasetMapper.toRow(dataset));
  }

  @Override
  public Optional<Dataset> findById(String datasetId) {
    Objects.requireNonNull(datasetId, "datasetId must not be null");
    return dao.findById(datasetId).map(DatasetMapper::toDomain);
  }

  @Override
  public List<Dataset> list(DatasetFilter filter, PageRequest page) {
    Objects.requireNonNull(filter, "filter must not be null");
    Objects.requireNonNull(page, "page must not be null");
    return dao
        .list(
            filter.category(),
            Codes.symbol(filter.symbol()),
            filter.storageType(),
            page.limit(),
            page.offset())
        .stream()
        .map(DatasetMapper::toDomain)
        .toList();
  }

  @Override
  public void updateCoverage(
      String datasetId,
      Instant firstTimestamp,
      Instant lastTimestamp,
      long approximateCount,
      Instant measuredAt) {
    Objects.requireNonNull(datasetId, "datasetId must not be null");
    Objects.requireNonNull(measuredAt, "measuredAt must not be null");
    if (approximateCount < 0) {
      throw new IllegalArgumentException(
          "approximateCount must be >= 0 but was " + approximateCount);
    }
    int updated =
        dao.updateCoverage(datasetId, firstTimestamp, lastTimestamp, approximateCount, measuredAt);
    // Zero rows can also mean "nothing changed" on a connection set to useAffectedRows=true.
    if (updated == 0 && dao.findById(datasetId).isEmpty()) {
      throw new IllegalArgumentException(
          "dataset '" + datasetId + "' is not in the catalog: upsert it before its coverage");
    }
  }
}
