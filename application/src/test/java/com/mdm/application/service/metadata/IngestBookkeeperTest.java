package com.mdm.application.service.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.application.service.BatchOutcome;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.CaptureMinute;
import com.mdm.domain.metadata.Dataset;
import com.mdm.domain.metadata.DatasetFilter;
import com.mdm.domain.metadata.HealthMetric;
import com.mdm.domain.metadata.IngestParameters;
import com.mdm.domain.metadata.LineageRecord;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.out.CaptureLog;
import com.mdm.domain.port.out.DatasetRepository;
import com.mdm.domain.port.out.HealthMetricRepository;
import com.mdm.domain.port.out.LineageRepository;
import com.mdm.domain.port.out.WriteResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IngestBookkeeperTest {

  private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
  private static final SeriesKey CANDLES =
      SeriesKey.candles(Symbol.of("BTCUSDT"), Timeframe.MINUTE_1);
  private static final SeriesKey TRADES = SeriesKey.of(SeriesType.TRADES, Symbol.of("ETHUSDT"));

  private final Map<String, Dataset> datasets = new ConcurrentHashMap<>();
  private final List<LineageRecord> lineage = new CopyOnWriteArrayList<>();
  private final MetadataWriter writer = new MetadataWriter(100);
  private final IngestBookkeeper bookkeeper =
      new IngestBookkeeper(
          null,
          new InMemoryDatasets(),
          new InMemoryLineage(),
          new NoHealthMetrics(),
          writer,
          new MetadataSettings(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofDays(90)),
          Clock.fixed(NOW, ZoneOffset.UTC));

  @AfterEach
  void close() {
    writer.close();
  }

  @Test
  void theFirstWriteOfASeriesRegistersItsDatasetOnce() throws Exception {
    bookkeeper.written(CANDLES, outcome(10, 10, 0, 1, 5));
    bookkeeper.written(CANDLES, outcome(3, 2, 1, 6, 8));
    writer.drain(Duration.ofSeconds(5));

    assertThat(datasets).containsOnlyKeys("candles_BTCUSDT_1m");
    Dataset dataset = datasets.get("candles_BTCUSDT_1m");
    assertThat(dataset.location()).isEqualTo("candles_BTCUSDT_1m");
    assertThat(dataset.storageType()).isEqualTo("mongodb");
    assertThat(dataset.category()).isEqualTo("candles");
    assertThat(dataset.updateFrequency()).isEqualTo("1m");
    assertThat(dataset.timeframe()).isEqualTo(Timeframe.MINUTE_1);
  }

  @Test
  void aWindowBecomesOneLineageRecordPerDatasetWithSummedCountsAndTheSequenceRange()
      throws Exception {
    bookkeeper.written(CANDLES, outcome(10, 10, 0, 1, 5));
    bookkeeper.written(CANDLES, outcome(3, 2, 1, 6, 8));
    bookkeeper.written(TRADES, outcome(4, 4, 0, 9, 9));
    bookkeeper.rejected("binance.futures.websocket.data", 7, 2);

    bookkeeper.closeWindow();
    writer.drain(Duration.ofSeconds(5));

    LineageRecord candles = only("candles_BTCUSDT_1m");
    assertThat(candles.inputRecords()).isEqualTo(13);
    assertThat(candles.outputRecords()).isEqualTo(12);
    assertThat(candles.duplicateRecords()).isEqualTo(1);
    assertThat(candles.source()).isEqualTo("binance.futures.websocket.data");
    assertThat(candles.parameters())
        .isEqualTo(new IngestParameters("candles_BTCUSDT_1m", NOW, NOW, 2, 1, 8));
    assertThat(only("trades_ETHUSDT").outputRecords()).isEqualTo(4);
    assertThat(only("dead_letters").deadLetters()).isEqualTo(2);

    bookkeeper.closeWindow();
    writer.drain(Duration.ofSeconds(5));
    assertThat(lineage).hasSize(3);
  }

  private LineageRecord only(String datasetId) {
    List<LineageRecord> records =
        lineage.stream().filter(r -> r.datasetId().equals(datasetId)).toList();
    assertThat(records).hasSize(1);
    return records.get(0);
  }

  @Test
  void givenMessagesAndDeadLetters_whenCapturesAreFlushed_thenTheReceiptLogGetsPerMinuteCounts()
      throws Exception {
    List<CaptureMinute> kept = new CopyOnWriteArrayList<>();
    List<String> links = new CopyOnWriteArrayList<>();
    CaptureLog log =
        new CaptureLog() {
          @Override
          public void add(List<CaptureMinute> minutes) {
            kept.addAll(minutes);
          }

          @Override
          public void link(String datasetId, String subject, Instant seen) {
            links.add(datasetId + "<-" + subject);
          }

          @Override
          public List<CaptureMinute> minutes(String datasetId, Instant from, Instant to) {
            return List.of();
          }
        };
    IngestBookkeeper keeper =
        new IngestBookkeeper(
            null,
            new InMemoryDatasets(),
            new InMemoryLineage(),
            new NoHealthMetrics(),
            log,
            writer,
            new MetadataSettings(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofDays(90)),
            Clock.fixed(NOW, ZoneOffset.UTC));
    String subject = "binance.futures.websocket.data";

    keeper.received(subject);
    keeper.received(subject);
    keeper.received(subject);
    keeper.rejected(subject, 7, 2);
    keeper.written(CANDLES, outcome(3, 3, 0, 1, 3));
    keeper.written(CANDLES, outcome(3, 3, 0, 4, 6));
    keeper.flushCaptures();
    writer.drain(Duration.ofSeconds(5));

    assertThat(kept).containsExactly(new CaptureMinute(subject, NOW, 3, 2));
    assertThat(links).containsExactly("candles_BTCUSDT_1m<-" + subject);
  }

  private static BatchOutcome outcome(
      int records, long written, long duplicates, long seq1, long seq2) {
    return new BatchOutcome(
        "binance.futures.websocket.data",
        records,
        new WriteResult(written, duplicates),
        Duration.ofMillis(3),
        NOW.minusSeconds(60),
        NOW.minusSeconds(1),
        seq1,
        seq2);
  }

  private final class InMemoryDatasets implements DatasetRepository {
    @Override
    public void upsert(Dataset dataset) {
      datasets.put(dataset.datasetId(), dataset);
    }

    @Override
    public Optional<Dataset> findById(String datasetId) {
      return Optional.ofNullable(datasets.get(datasetId));
    }

    @Override
    public List<Dataset> list(DatasetFilter filter, PageRequest page) {
      return List.copyOf(datasets.values());
    }

    @Override
    public void updateCoverage(String id, Instant first, Instant last, long count, Instant at) {}
  }

  private final class InMemoryLineage implements LineageRepository {
    @Override
    public LineageRecord append(LineageRecord record) {
      lineage.add(record);
      return record;
    }

    @Override
    public List<LineageRecord> listByDataset(String datasetId, PageRequest page) {
      return lineage.stream().filter(r -> r.datasetId().equals(datasetId)).toList();
    }
  }

  private static final class NoHealthMetrics implements HealthMetricRepository {
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
  }
}
