package com.mdm.application.service.catalog;

import com.mdm.domain.market.Symbol;
import com.mdm.domain.metadata.Dataset;
import com.mdm.domain.metadata.DatasetFilter;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.out.DatasetRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A catalog in memory that filters by symbol as the real one does, and counts its listings. */
public final class PairCatalog implements DatasetRepository {

  private static final Instant CREATED = Instant.parse("2024-05-01T00:00:00Z");

  private final List<Dataset> datasets = new CopyOnWriteArrayList<>();
  private final AtomicInteger listings = new AtomicInteger();

  /** Registers the trades dataset of the pair, as the first write of its trades would. */
  public PairCatalog register(Symbol symbol) {
    String id = "trades_" + symbol.value();
    upsert(
        new Dataset(
            id, id, null, "market", null, "mongodb", id, symbol, null, null, null, null, null, null,
            CREATED, CREATED));
    return this;
  }

  /** How many times the catalog was listed. */
  public int listings() {
    return listings.get();
  }

  @Override
  public void upsert(Dataset dataset) {
    datasets.removeIf(stored -> stored.datasetId().equals(dataset.datasetId()));
    datasets.add(dataset);
  }

  @Override
  public Optional<Dataset> findById(String datasetId) {
    return datasets.stream().filter(d -> d.datasetId().equals(datasetId)).findFirst();
  }

  @Override
  public List<Dataset> list(DatasetFilter filter, PageRequest page) {
    listings.incrementAndGet();
    return datasets.stream()
        .filter(d -> filter.category() == null || filter.category().equals(d.category()))
        .filter(d -> filter.symbol() == null || filter.symbol().equals(d.symbol()))
        .filter(d -> filter.storageType() == null || filter.storageType().equals(d.storageType()))
        .sorted(Comparator.comparing(Dataset::datasetId))
        .skip(page.offset())
        .limit(page.limit())
        .toList();
  }

  @Override
  public void updateCoverage(
      String datasetId, Instant first, Instant last, long count, Instant measuredAt) {}
}
