package com.mdm.application.service.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.TimeRange;
import com.mdm.domain.metadata.Dataset;
import com.mdm.domain.metadata.DatasetFilter;
import com.mdm.domain.metadata.HealthMetric;
import com.mdm.domain.metadata.IngestParameters;
import com.mdm.domain.metadata.LineageRecord;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.out.DatasetRepository;
import com.mdm.domain.port.out.HealthMetricRepository;
import com.mdm.domain.port.out.LineageRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueryCatalogServiceTest {

  private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

  private final List<Dataset> catalog = new ArrayList<>();
  private final List<LineageRecord> lineage = new ArrayList<>();
  private final QueryCatalogService service =
      new QueryCatalogService(datasets(), noMetrics(), lineageRepository());

  @Test
  void lineageOfAnIdNeitherCatalogedNorTracedIsUnknown() {
    assertThat(service.lineage("trades_NOPE", PageRequest.first(10))).isEmpty();
  }

  @Test
  void lineageOfACatalogedDatasetWithoutRecordsIsAnEmptyList() {
    catalog.add(
        new Dataset(
            "trades_BTCUSDT",
            "trades",
            null,
            "market",
            null,
            "mongodb",
            "trades_BTCUSDT",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            NOW,
            NOW));

    assertThat(service.lineage("trades_BTCUSDT", PageRequest.first(10))).contains(List.of());
  }

  @Test
  void lineageWithoutACatalogEntryIsStillServed() {
    lineage.add(
        new LineageRecord(
            1L,
            "trades_ETHUSDT",
            null,
            "binance.futures.websocket.data",
            IngestParameters.TRANSFORMATION,
            new IngestParameters("trades_ETHUSDT", NOW.minusSeconds(60), NOW, 1, 1, 10),
            10,
            9,
            1,
            0,
            NOW.minusSeconds(60),
            NOW,
            Duration.ofSeconds(60),
            "completed",
            null,
            NOW));

    assertThat(service.lineage("trades_ETHUSDT", PageRequest.first(10)))
        .hasValueSatisfying(records -> assertThat(records).hasSize(1));
  }

  @Test
  void aDatasetUnknownToTheCatalogHasNoDetails() {
    assertThat(service.dataset("trades_NOPE")).isEmpty();
  }

  private DatasetRepository datasets() {
    return new DatasetRepository() {
      @Override
      public void upsert(Dataset dataset) {
        catalog.add(dataset);
      }

      @Override
      public Optional<Dataset> findById(String datasetId) {
        return catalog.stream().filter(d -> d.datasetId().equals(datasetId)).findFirst();
      }

      @Override
      public List<Dataset> list(DatasetFilter filter, PageRequest page) {
        return List.copyOf(catalog);
      }

      @Override
      public void updateCoverage(
          String datasetId, Instant first, Instant last, long count, Instant measuredAt) {}
    };
  }

  private LineageRepository lineageRepository() {
    return new LineageRepository() {
      @Override
      public LineageRecord append(LineageRecord record) {
        lineage.add(record);
        return record;
      }

      @Override
      public List<LineageRecord> listByDataset(String datasetId, PageRequest page) {
        return lineage.stream().filter(r -> r.datasetId().equals(datasetId)).toList();
      }
    };
  }

  private static HealthMetricRepository noMetrics() {
    return new HealthMetricRepository() {
      @Override
      public HealthMetric append(HealthMetric metric) {
        return metric;
      }

      @Override
      public Optional<HealthMetric> latest(String datasetId) {
        return Optional.empty();
      }

      @Override
      public List<HealthMetric> history(String datasetId, TimeRange range) {
        return List.of();
      }

      @Override
      public int purgeOlderThan(Instant cutoff) {
        return 0;
      }
    };
  }
}
