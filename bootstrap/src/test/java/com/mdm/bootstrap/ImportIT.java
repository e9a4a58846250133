package com.mdm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.adapter.in.file.ImportSettings;
import com.mdm.adapter.in.file.ImportSummary;
import com.mdm.adapter.in.synthetic.SyntheticEventType;
import com.mdm.adapter.in.synthetic.SyntheticFrame;
import com.mdm.adapter.in.synthetic.SyntheticMarket;
import com.mdm.adapter.in.synthetic.SyntheticMarketSettings;
import com.mdm.adapter.out.mongo.MongoStorageConfig;
import com.mdm.adapter.out.mysql.JdbiLineageRepository;
import com.mdm.adapter.out.mysql.MysqlMetadataStore;
import com.mdm.decoder.binance.BinanceMessageDecoder;
import com.mdm.decoder.binance.DecoderLimits;
import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.metadata.CaptureImportParameters;
import com.mdm.domain.metadata.LineageRecord;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.testsupport.Fixtures;
import com.mdm.testsupport.MysqlDatabase;
import com.mdm.testsupport.TestServices;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import} through the assembled service into the real stores: every recorder format, plain
 * and gzip, the recorded fixtures in place, and bad lines among good ones; counts exact, a second
 * import stores nothing new, and each file gets its lineage per dataset.
 */
class ImportIT {

  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final BinanceMessageDecoder DECODER =
      new BinanceMessageDecoder(DecoderLimits.defaults());

  @TempDir Path dir;
  private final Map<String, String> env = new HashMap<>();
  private MysqlDatabase mysql;
  private MongoClient mongo;
  private String database;

  @BeforeEach
  void stores() {
    mysql = TestServices.mysqlDatabase();
    database = TestServices.uniqueName("mdm");
    env.put("MONGODB_URI", TestServices.mongoUri());
    env.put("MONGODB_DB", database);
    env.put("MYSQL_URL", mysql.jdbcUrl());
    env.put("MYSQL_USER", mysql.user());
    env.put("MYSQL_PASSWORD", mysql.password());
    env.put("INGEST_FEED", "none");
    env.put("ENABLE_API", "false");
    env.put("ENABLE_AUDITOR", "false");
    env.put("ENABLE_BACKFILLER", "false");
    env.put("BATCH_MAX_DELAY", "20ms");
    mongo = MongoClients.create(TestServices.mongoUri());
  }

  @AfterEach
  void close() {
    mongo.close();
  }

  @Test
  void everyFormatPlainAndGzipIsImportedExactlyAndASecondImportStoresNothingNew() throws Exception {
    List<SyntheticFrame> frames =
        new SyntheticMarket(SyntheticMarketSettings.defaults().withSeed(3).withStart(START))
            .advanceTo(START.plusSeconds(40));
    List<List<SyntheticFrame>> slices = slices(frames, 7);
    List<Path> files = new ArrayList<>();
    List<MarketEvent> expected = new ArrayList<>();
    files.add(write("envelope.jsonl", slices.get(0), CaptureFiles::envelope, false, expected));
    files.add(write("envelope.jsonl.gz", slices.get(1), CaptureFiles::envelope, true, expected));
    files.add(write("combined.jsonl", slices.get(2), CaptureFiles::combined, false, expected));
    files.add(write("iso.log", slices.get(3), CaptureFiles::isoPrefixed, false, expected));
    files.add(write("nanos.log", slices.get(4), CaptureFiles::nanosPrefixed, true, expected));
    // bare events carry no stream: partial depth would read as diff depth, so it is left out
    List<SyntheticFrame> bare = withoutPartialDepth(slices.get(5));
    files.add(write("bare.jsonl", bare, CaptureFiles::bare, false, expected));
    List<SyntheticFrame> arrays = withoutPartialDepth(slices.get(6));
    files.add(CaptureFiles.writeArrays(dir.resolve("arrays.jsonl"), arrays, 4));
    arrays.forEach(frame -> expected.addAll(decode(CaptureFiles.bare(frame))));

    ImportSummary first = importFiles(files);

    assertThat(first.failure()).isNull();
    assertThat(first.rejectedLines()).isZero();
    assertThat(first.events()).isEqualTo(expected.size());
    Collection<MarketEvent> stored = NaturalKeys.expectedStored(expected);
    assertThat(series().count(stored)).isEqualTo(stored.size());
    assertThat(first.written()).isGreaterThanOrEqualTo(stored.size());
    assertThat(first.written() + first.duplicates()).isEqualTo(expected.size());

    ImportSummary second = importFiles(files);

    assertThat(second.events()).isEqualTo(expected.size());
    assertThat(second.written()).isZero();
    assertThat(second.duplicates()).isEqualTo(expected.size());
    assertThat(series().count(stored)).isEqualTo(stored.size());

    List<LineageRecord> lineage =
        lineage().listByDataset("agg_trades_BTCUSDT", PageRequest.first(100)).stream()
            .filter(r -> r.source().equals("import:iso.log"))
            .toList();
    assertThat(lineage).hasSize(2);
    long size = Files.size(files.get(3));
    assertThat(lineage.get(0).parameters())
        .isInstanceOfSatisfying(
            CaptureImportParameters.class,
            p -> {
              assertThat(p.file()).isEqualTo(files.get(3).toString());
              assertThat(p.lines()).isEqualTo(slices.get(3).size());
              assertThat(p.sizeBytes()).isEqualTo(size);
            });
  }

  @Test
  void theRecordedFixturesAreImportedInPlaceWithTheirOneBadLineReported() throws Exception {
    Path ws = Fixtures.binanceUsdm().resolve("ws");
    List<Path> files = new ArrayList<>();
    List<MarketEvent> expected = new ArrayList<>();
    long rejectedLines = 0;
    try (var listing = Files.list(ws)) {
      for (Path file : listing.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
        files.add(file);
        for (String line : Files.readAllLines(file)) {
          if (!line.isBlank()) {
            var result = DECODER.decode(line.getBytes(StandardCharsets.UTF_8), Instant.now());
            expected.addAll(result.events());
            rejectedLines += result.hasRejections() ? 1 : 0;
          }
        }
      }
    }

    ImportSummary summary = importFiles(files);

    assertThat(summary.events()).isEqualTo(expected.size());
    assertThat(summary.rejectedLines()).isEqualTo(rejectedLines).isEqualTo(1);
    assertThat(summary.examples()).singleElement().asString().contains("aggTrade.jsonl:");
    Collection<MarketEvent> stored = NaturalKeys.expectedStored(expected);
    assertThat(series().count(stored)).isEqualTo(stored.size());
  }

  @Test
  void badLinesAreCountedByReasonWithFileAndLineAndTheGoodOnesAroundThemStored() throws Exception {
    List<SyntheticFrame> frames =
        new SyntheticMarket(SyntheticMarketSettings.defaults().withSeed(5).withStart(START))
            .advanceTo(START.plusSeconds(2));
    List<String> lines = new ArrayList<>();
    List<MarketEvent> expected = new ArrayList<>();
    for (SyntheticFrame frame : frames) {
      lines.add(frame.text());
      expected.addAll(decode(frame.text()));
    }
    lines.add(3, "{\"e\":\"trade\",\"s\":\"BTCUSDT\"");
    lines.add(7, "not json at all");
    lines.add(
        9,
        frames
            .get(0)
            .text()
            .replace("BTCUSDT", "BTCÜSDT")
            .replace("ETHUSDT", "ETHÜSDT")
            .replace("BNBUSDT", "BNBÜSDT"));
    Path file = Files.write(dir.resolve("bad.jsonl"), lines);

    ImportSummary summary = importFiles(List.of(file));

    assertThat(summary.rejectedLines()).isEqualTo(3);
    assertThat(summary.rejections()).containsEntry("malformed_json", 2L);
    assertThat(summary.examples())
        .hasSize(3)
        .anySatisfy(e -> assertThat(e).startsWith(file + ":4: malformed_json"))
        .anySatisfy(e -> assertThat(e).startsWith(file + ":8: malformed_json"))
        .anySatisfy(e -> assertThat(e).startsWith(file + ":10: invalid_symbol"));
    Collection<MarketEvent> stored = NaturalKeys.expectedStored(expected);
    assertThat(series().count(stored)).isEqualTo(stored.size());
  }

  private ImportSummary importFiles(List<Path> files) throws Exception {
    return ServiceComponent.create(ConfigLoader.load(env))
        .importRun()
        .importFiles(files, ImportSettings.defaults());
  }

  private Path write(
      String name,
      List<SyntheticFrame> frames,
      Function<SyntheticFrame, String> format,
      boolean gzip,
      List<MarketEvent> expected)
      throws Exception {
    frames.forEach(frame -> expected.addAll(decode(format.apply(frame))));
    return CaptureFiles.write(dir.resolve(name), frames, format, gzip);
  }

  private static List<MarketEvent> decode(String line) {
    byte[] frame = line.getBytes(StandardCharsets.UTF_8);
    int space = line.indexOf(' ');
    if (!line.startsWith("{") && !line.startsWith("[") && space > 0) {
      frame = line.substring(space + 1).getBytes(StandardCharsets.UTF_8);
    }
    return DECODER.decode(frame, Instant.now()).events();
  }

  private static List<SyntheticFrame> withoutPartialDepth(List<SyntheticFrame> frames) {
    return frames.stream().filter(f -> f.type() != SyntheticEventType.DEPTH_PARTIAL).toList();
  }

  private static List<List<SyntheticFrame>> slices(List<SyntheticFrame> frames, int count) {
    List<List<SyntheticFrame>> slices = new ArrayList<>();
    int size = frames.size() / count;
    for (int i = 0; i < count; i++) {
      slices.add(frames.subList(i * size, i == count - 1 ? frames.size() : (i + 1) * size));
    }
    return slices;
  }

  private StoredSeries series() {
    return new StoredSeries(mongo.getDatabase(database), MongoStorageConfig.defaults(database));
  }

  private JdbiLineageRepository lineage() {
    return new JdbiLineageRepository(
        MysqlMetadataStore.create(mysql.jdbcUrl(), mysql.user(), mysql.password()).jdbi());
  }
}
