package com.mdm.application.service.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.application.service.BatchOutcome;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.CaptureMinute;
import com.mdm.domain.metadata.Dataset;
import com.mdm.domain.metadata.DatasetFilter;
import com.mdm.domain.metadata.IngestParameters;
import com.mdm.domain.metadata.LineageRecord;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.out.WriteResult;
import com.mdm.testsupport.fake.InMemoryCaptureLog;
import com.mdm.testsupport.fake.InMemoryDatasetRepository;
import com.mdm.testsupport.fake.InMemoryHealthMetricRepository;
import com.mdm.testsupport.fake.InMemoryLineageRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IngestBookkeeperTest {

  private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
  private static final SeriesKey CANDLES =
      SeriesKey.candles(Symbol.of("BTCUSDT"), Timeframe.MINUTE_1);
  private static final SeriesKey TRADES = SeriesKey.of(SeriesType.TRADES, Symbol.of("ETHUSDT"));

  private final InMemoryDatasetRepository datasets = new InMemoryDatasetRepository();
  private final InMemoryLineageRepository lineage = new InMemoryLineageRepository();
  private final MetadataWriter writer = new MetadataWriter(100);
  private final IngestBookkeeper bookkeeper =
      new IngestBookkeeper(
          null,
          datasets,
          lineage,
          new InMemoryHealthMetricRepository(),
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

    assertThat(datasets.list(DatasetFilter.none(), PageRequest.first(10)))
        .extracting(Dataset::datasetId)
        .containsExactly("candles_BTCUSDT_1m");
    Dataset dataset = datasets.findById("candles_BTCUSDT_1m").orElseThrow();
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
    assertThat(lineage.all()).hasSize(3);
  }

  private LineageRecord only(String datasetId) {
    List<LineageRecord> records =
        lineage.all().stream().filter(r -> r.datasetId().equals(datasetId)).toList();
    assertThat(records).hasSize(1);
    return records.get(0);
  }

  @Test
  void givenMessagesAndDeadLetters_whenCapturesAreFlushed_thenTheReceiptLogGetsPerMinuteCounts()
      throws Exception {
    InMemoryCaptureLog log = new InMemoryCaptureLog();
    IngestBookkeeper keeper =
        new IngestBookkeeper(
            null,
            new InMemoryDatasetRepository(),
            new InMemoryLineageRepository(),
            new InMemoryHealthMetricRepository(),
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

    assertThat(log.all()).containsExactly(new CaptureMinute(subject, NOW, 3, 2));
    assertThat(log.subjectsOf("candles_BTCUSDT_1m")).containsExactly(subject);
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
}
