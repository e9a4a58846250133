package com.mdm.testsupport.fake;

import static com.mdm.testsupport.fake.Millis.floor;

import com.mdm.domain.metadata.Dataset;
import com.mdm.domain.metadata.DatasetFilter;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.out.DatasetRepository;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The dataset catalog in memory, kept as the Jdbi one keeps it: ordered by id, an upsert keeping
 * the stored creation time and coverage, times to the millisecond.
 */
public final class InMemoryDatasetRepository implements DatasetRepository {

  private final Map<String, Dataset> datasets = new TreeMap<>();

  @Override
  public synchronized void upsert(Dataset dataset) {
    Objects.requireNonNull(dataset, "dataset must not be null");
    Dataset stored = datasets.get(dataset.datasetId());
    Dataset kept = stored == null ? dataset : stored;
    datasets.put(
        dataset.datasetId(),
        with(
            dataset,
            kept.firstTimestamp(),
            kept.lastTimestamp(),
            kept.approximateCount(),
            kept.createdAt(),
            dataset.updatedAt()));
  }

  @Override
  public synchronized Optional<Dataset> findById(String datasetId) {
    Objects.requireNonNull(datasetId, "datasetId must not be null");
    return Optional.ofNullable(datasets.get(datasetId));
  }

  @Override
  public synchronized List<Dataset> list(DatasetFilter filter, PageRequest page) {
    Objects.requireNonNull(filter, "filter must not be null");
    Objects.requireNonNull(page, "page must not be null");
    return datasets.values().stream()
        .filter(d -> filter.category() == null || filter.category().equals(d.category()))
        .filter(d -> filter.symbol() == null || filter.symbol().equals(d.symbol()))
        .filter(d -> filter.storageType() == null || filter.storageType().equals(d.storageType()))
        .skip(page.offset())
        .limit(page.limit())
        .toList();
  }

  @Override
  public synchronized void updateCoverage(
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
    Dataset stored = datasets.get(datasetId);
    if (stored == null) {
      throw new IllegalArgumentException(
          "dataset '" + datasetId + "' is not in the catalog: upsert it before its coverage");
    }
    datasets.put(
        datasetId,
        with(
            stored,
            firstTimestamp,
            lastTimestamp,
            approximateCount,
            stored.createdAt(),
            measuredAt));
  }

  private static Dataset with(
      Dataset d, Instant first, Instant last, Long count, Instant createdAt, Instant updatedAt) {
    return new Dataset(
        d.datasetId(),
        d.name(),
        d.description(),
        d.category(),
        d.schemaId(),
        d.storageType(),
        d.location(),
        d.symbol(),
        d.timeframe(),
        d.owner(),
        d.updateFrequency(),
        floor(first),
        floor(last),
        count,
        floor(createdAt),
        floor(updatedAt));
  }
}
