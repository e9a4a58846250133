package com.mdm.adapter.in.file;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.decoder.binance.BinanceMessageDecoder;
import com.mdm.decoder.binance.DecoderLimits;
import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.port.in.CaptureFile;
import com.mdm.domain.port.in.DatasetImport;
import com.mdm.domain.port.in.IngestCommand;
import com.mdm.domain.port.in.IngestMarketEventUseCase;
import com.mdm.domain.port.in.RecordCaptureImportUseCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaptureImporterTest {

  private static final Duration FAST_RETRY = Duration.ofMillis(5);
  private static final ImportSettings FAST =
      new ImportSettings(0, Set.of(), Set.of(), 1 << 20, 10, 5, FAST_RETRY);

  @TempDir Path dir;

  private final List<IngestCommand> ingested = new CopyOnWriteArrayList<>();
  private final List<CaptureFile> accounted = new CopyOnWriteArrayList<>();
  private final AtomicInteger failuresLeft = new AtomicInteger();

  private final IngestMarketEventUseCase ingest =
      command -> {
        if (failuresLeft.getAndDecrement() > 0) {
          return CompletableFuture.failedFuture(new IllegalStateException("store down"));
        }
        ingested.add(command);
        return CompletableFuture.completedFuture(null);
      };

  /** As if every record of the file's commands was new. */
  private final RecordCaptureImportUseCase accounting =
      file -> {
        accounted.add(file);
        Map<String, Long> perDataset = new TreeMap<>();
        ingested.stream()
            .filter(c -> c.source().equals(file.source()))
            .flatMap(c -> c.events().stream())
            .forEach(e -> perDataset.merge(e.seriesKey().datasetId(), 1L, Long::sum));
        return perDataset.entrySet().stream()
            .map(e -> new DatasetImport(e.getKey(), e.getValue(), e.getValue(), 0))
            .toList();
      };

  @Test
  void givenGoodBadBlankAndOversizedLinesThenGoodOnesAreIngestedAndBadOnesReportedByLine()
      throws Exception {
    Path file =
        write(
            "mixed.jsonl",
            trade(1),
            "",
            "{\"e\":\"trade\",\"s\":\"BTCUSDT\"",
            trade(2),
            "x".repeat(3000),
            "1723161256322154000 " + trade(3));

    ImportSummary summary =
        importer(new ImportSettings(0, Set.of(), Set.of(), 2048, 10, 5, FAST_RETRY))
            .importFiles(List.of(file));

    assertThat(summary.lines()).isEqualTo(6);
    assertThat(summary.blankLines()).isEqualTo(1);
    assertThat(summary.events()).isEqualTo(3);
    assertThat(summary.written()).isEqualTo(3);
    assertThat(summary.rejectedLines()).isEqualTo(2);
    assertThat(summary.rejections()).isEqualTo(Map.of("malformed_json", 1L, "oversized_frame", 1L));
    assertThat(summary.examples()).hasSize(2);
    assertThat(summary.examples().get(1))
        .isEqualTo(file + ":5: oversized_frame: line is 3000 bytes, over the limit of 2048");
    assertThat(summary.examples().get(0)).startsWith(file + ":3: malformed_json: not valid JSON");
    assertThat(ingested).extracting(IngestCommand::sequence).containsExactly(1L, 4L, 6L);
    assertThat(ingested).allSatisfy(c -> assertThat(c.source()).isEqualTo("import:mixed.jsonl"));
    assertThat(accounted)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.lines()).isEqualTo(6);
              assertThat(f.rejectedLines()).isEqualTo(2);
              assertThat(f.sizeBytes()).isEqualTo(Files.size(file));
            });
    assertThat(summary.clean()).isFalse();
  }

  @Test
  void givenFiltersThenOnlyTheWantedSymbolsAndTypesAreIngested() throws Exception {
    Path file = write("filter.jsonl", trade(1), trade(2).replace("BTCUSDT", "ETHUSDT"));
    ImportSettings only =
        new ImportSettings(
            0, Set.of(Symbol.of("ETHUSDT")), Set.of(SeriesType.TRADES), 1 << 20, 10, 5, FAST_RETRY);

    ImportSummary summary = importer(only).importFiles(List.of(file));

    assertThat(summary.events()).isEqualTo(1);
    assertThat(summary.filtered()).isEqualTo(1);
    assertThat(ingested.stream().flatMap(c -> c.events().stream()).map(MarketEvent::symbol))
        .containsExactly(Symbol.of("ETHUSDT"));
    assertThat(summary.clean()).isTrue();
  }

  @Test
  void givenAStoreThatFailsTwiceThenTheLineIsRetriedAndStored() throws Exception {
    failuresLeft.set(2);

    ImportSummary summary = importer(FAST).importFiles(List.of(write("retry.jsonl", trade(1))));

    assertThat(summary.failure()).isNull();
    assertThat(ingested).hasSize(1);
  }

  @Test
  void givenAStoreThatKeepsFailingThenTheImportStopsWithTheReasonAndNoLineage() throws Exception {
    failuresLeft.set(1000);

    ImportSummary summary = importer(FAST).importFiles(List.of(write("down.jsonl", trade(1))));

    assertThat(summary.failure()).contains("line 1 of import:down.jsonl").contains("store down");
    assertThat(accounted).isEmpty();
  }

  private CaptureImporter importer(ImportSettings settings) {
    return new CaptureImporter(
        new BinanceMessageDecoder(DecoderLimits.defaults()),
        ingest,
        accounting,
        settings,
        ImportProgress.NONE,
        Clock.systemUTC());
  }

  private Path write(String name, String... lines) throws IOException {
    return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
  }

  private static String trade(long id) {
    long time = 1714564800000L + id;
    return "{\"e\":\"trade\",\"E\":"
        + time
        + ",\"T\":"
        + time
        + ",\"s\":\"BTCUSDT\",\"t\":"
        + id
        + ",\"p\":\"64990.90\",\"q\":\"0.001\",\"X\":\"MARKET\",\"m\":false}";
  }
}
