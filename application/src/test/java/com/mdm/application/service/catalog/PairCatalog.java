package com.mdm.application.service.catalog;

import com.mdm.domain.market.Symbol;
import com.mdm.domain.metadata.Dataset;
import com.mdm.domain.metadata.DatasetFilter;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.out.DatasetRepository;
import com.mdm.testsupport.fake.InMemoryDatasetRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** The shared in-memory catalog, registering pairs by their trades and counting its listings. */
public final class PairCatalog implements DatasetRepository {

  private static final Instant CREATED = Instant.parse("2024-05-01T00:00:00Z");

  private final InMemoryDatasetRepository datasets = new InMemoryDatasetRepository();
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
    datasets.upsert(dataset);
  }

  @Override
  public Optional<Dataset> findById(String datasetId) {
    return datasets.findById(datasetId);
  }

  @Override
  public List<Dataset> list(DatasetFilter filter, PageRequest page) {
    listings.incrementAndGet();
    return datasets.list(filter, page);
  }

  @Override
  public void updateCoverage(
      String datasetId, Instant first, Instant last, long count, Instant measuredAt) {
    datasets.updateCoverage(datasetId, first, last, count, measuredAt);
  }
}
