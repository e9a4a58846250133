package com.mdm.adapter.in.http;

import static com.mdm.adapter.in.http.GoldenRecords.page;

import com.mdm.domain.metadata.AuditLogEntry;
import com.mdm.domain.metadata.AuditLogQuery;
import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.metadata.Dataset;
import com.mdm.domain.metadata.DatasetFilter;
import com.mdm.domain.metadata.GapFilter;
import com.mdm.domain.metadata.LineageRecord;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.in.DatasetDetails;
import com.mdm.domain.port.in.QueryAuditUseCase;
import com.mdm.domain.port.in.QueryCatalogUseCase;
import java.util.List;
import java.util.Optional;

/**
 * The fixed catalog and audit log of the golden answers; the audit log of dataset {@link #BROKEN}
 * fails unexpectedly, for the 500 answer.
 */
final class GoldenCatalog implements QueryCatalogUseCase, QueryAuditUseCase {

  static final String BROKEN = "broken";

  private static final List<Dataset> DATASETS =
      List.of(
          GoldenRecords.CANDLES_DATASET,
          GoldenRecords.FUNDING_DATASET,
          GoldenRecords.TRADES_DATASET);

  @Override
  public List<Dataset> datasets(DatasetFilter filter, PageRequest page) {
    return page(DATASETS, page);
  }

  @Override
  public Optional<DatasetDetails> dataset(String datasetId) {
    return DATASETS.stream()
        .filter(dataset -> dataset.datasetId().equals(datasetId))
        .findFirst()
        .map(
            dataset ->
                new DatasetDetails(
                    dataset,
                    dataset == GoldenRecords.CANDLES_DATASET
                        ? GoldenRecords.CANDLES_HEALTH
                        : null));
  }

  @Override
  public Optional<List<LineageRecord>> lineage(String datasetId, PageRequest page) {
    return datasetId.equals(GoldenRecords.CANDLES_1M)
        ? Optional.of(page(GoldenAuditRecords.LINEAGE, page))
        : Optional.empty();
  }

  @Override
  public List<AuditLogEntry> logs(AuditLogQuery query, PageRequest page) {
    if (BROKEN.equals(query.datasetId())) {
      throw new IllegalStateException("the audit store is broken");
    }
    return page(GoldenAuditRecords.AUDIT_LOGS, page);
  }

  @Override
  public List<DataGap> gaps(GapFilter filter, PageRequest page) {
    return page(GoldenAuditRecords.GAPS, page);
  }
}
