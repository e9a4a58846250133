package com.mdm.application.service.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.metadata.Dataset;
import com.mdm.domain.metadata.IngestParameters;
import com.mdm.domain.metadata.LineageRecord;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.testsupport.fake.InMemoryDatasetRepository;
import com.mdm.testsupport.fake.InMemoryHealthMetricRepository;
import com.mdm.testsupport.fake.InMemoryLineageRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryCatalogServiceTest {

  private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

  private final InMemoryDatasetRepository catalog = new InMemoryDatasetRepository();
  private final InMemoryLineageRepository lineage = new InMemoryLineageRepository();
  private final QueryCatalogService service =
      new QueryCatalogService(catalog, new InMemoryHealthMetricRepository(), lineage);

  @Test
  void lineageOfAnIdNeitherCatalogedNorTracedIsUnknown() {
    assertThat(service.lineage("trades_NOPE", PageRequest.first(10))).isEmpty();
  }

  @Test
  void lineageOfACatalogedDatasetWithoutRecordsIsAnEmptyList() {
    catalog.upsert(
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
    lineage.append(
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
}
