package com.mdm.application.service.metadata;

import com.mdm.application.service.BatchOutcome;
import com.mdm.application.service.IngestObserver;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.metadata.LineageRecord;
import com.mdm.domain.port.in.CaptureFile;
import com.mdm.domain.port.out.CaptureLog;
import com.mdm.domain.port.out.DatasetRepository;
import com.mdm.domain.port.out.HealthMetricRepository;
import com.mdm.domain.port.out.LineageRepository;
import com.mdm.domain.port.out.SeriesStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps the catalog and lineage in step with ingest without touching the ingest path: registers a
 * dataset the first time its series is written, aggregates what was written per dataset into one
 * lineage record per window, keeps the receipt log (what arrived and was dead-lettered per subject
 * and minute, and which subjects carry which dataset), measures coverage periodically and purges
 * old health metrics. All writes go through the {@link MetadataWriter}, so MySQL being slow or down
 * never holds up ingest.
 */
public final class IngestBookkeeper implements IngestObserver, AutoCloseable {

  static final String DEAD_LETTERS = "dead_letters";
  static final Duration CAPTURE_FLUSH = Duration.ofSeconds(5);

  private final SeriesStore series;
  private final DatasetRepository datasets;
  private final LineageRepository lineage;
  private final HealthMetricRepository healthMetrics;
  private final MetadataWriter writer;
  private final MetadataSettings settings;
  private final Clock clock;
  private final ReceiptBookkeeping receipts;
  private final Set<SeriesKey> registered = ConcurrentHashMap.newKeySet();
  private final Map<SeriesKey, WindowStats> window = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> deadLetters = new ConcurrentHashMap<>();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> Thread.ofPlatform().name("ingest-bookkeeper").daemon().unstarted(runnable));
  private volatile Instant windowStart;

  public IngestBookkeeper(
      SeriesStore series,
      DatasetRepository datasets,
      LineageRepository lineage,
      HealthMetricRepository healthMetrics,
      MetadataWriter writer,
      MetadataSettings settings,
      Clock clock) {
    this(series, datasets, lineage, healthMetrics, null, writer, settings, clock);
  }

  /** As above, keeping the receipt log in {@code captureLog} too (null: none kept). */
  public IngestBookkeeper(
      SeriesStore series,
      DatasetRepository datasets,
      LineageRepository lineage,
      HealthMetricRepository healthMetrics,
      CaptureLog captureLog,
      MetadataWriter writer,
      MetadataSettings settings,
      Clock clock) {
    this.receipts = new ReceiptBookkeeping(captureLog, writer, clock);
    this.series = series;
    this.datasets = datasets;
    this.lineage = lineage;
    this.healthMetrics = healthMetrics;
    this.writer = writer;
    this.settings = settings;
    this.clock = clock;
    this.windowStart = clock.instant();
  }

  /** Starts the periodic lineage, coverage and purge work. */
  public void start() {
    long window = settings.lineageWindow().toMillis();
    timer.scheduleAtFixedRate(this::closeWindow, window, window, TimeUnit.MILLISECONDS);
    long coverage = settings.coverageRefresh().toMillis();
    timer.scheduleWithFixedDelay(this::refreshCoverage, coverage, coverage, TimeUnit.MILLISECONDS);
    timer.scheduleWithFixedDelay(this::purgeHealthMetrics, 1, 6 * 60, TimeUnit.MINUTES);
    if (receipts.kept()) {
      long flush = CAPTURE_FLUSH.toMillis();
      timer.scheduleWithFixedDelay(this::flushCaptures, flush, flush, TimeUnit.MILLISECONDS);
    }
  }

  @Override
  public void received(String source) {
    receipts.received(source);
  }

  /** Hands the receipt counts so far to the writer, to be added to the receipt log. */
  public void flushCaptures() {
    receipts.flush();
  }

  @Override
  public void written(SeriesKey key, BatchOutcome outcome) {
    if (registered.add(key)) {
      writer.submit(
          MetadataWrite.of(
              "register dataset " + key.datasetId(),
              () -> datasets.upsert(DatasetDescriptions.of(key, clock.instant()))));
    }
    receipts.written(key, outcome.source());
    if (!CaptureFile.isImportSource(outcome.source())) {
      // an imported file gets one lineage record per dataset of its own
      // (RecordCaptureImportService)
      window.computeIfAbsent(key, k -> new WindowStats()).add(outcome);
    }
  }

  @Override
  public void rejected(String source, long sequence, int count) {
    deadLetters.computeIfAbsent(source, s -> new AtomicLong()).addAndGet(count);
    receipts.deadLettered(source, count);
  }

  /** Turns what the window collected into lineage records; runs on the timer and at close. */
  public synchronized void closeWindow() {
    Instant start = windowStart;
    Instant end = clock.instant();
    windowStart = end;
    for (SeriesKey key : List.copyOf(window.keySet())) {
      WindowStats stats = window.remove(key);
      if (stats != null) {
        LineageRecord record = IngestLineage.of(key, stats, start, end);
        writer.submit(
            MetadataWrite.of(
                "lineage of " + key.datasetId() + " (" + record.outputRecords() + " records)",
                () -> lineage.append(record)));
      }
    }
    for (String source : List.copyOf(deadLetters.keySet())) {
      long count = deadLetters.remove(source).get();
      LineageRecord record = IngestLineage.deadLetters(DEAD_LETTERS, source, count, start, end);
      writer.submit(
          MetadataWrite.of(
              "lineage of dead letters (" + count + " records)", () -> lineage.append(record)));
    }
  }

  /** Measures first/last time and count of every series written in this process. */
  public void refreshCoverage() {
    for (SeriesKey key : List.copyOf(registered)) {
      try {
        DatasetCoverage coverage = DatasetCoverage.measure(series, key).orElse(null);
        if (coverage == null) {
          continue;
        }
        Instant measured = clock.instant();
        writer.submit(
            MetadataWrite.of(
                "coverage of " + key.datasetId(),
                () ->
                    datasets.updateCoverage(
                        key.datasetId(),
                        coverage.first(),
                        coverage.last(),
                        coverage.count(),
                        measured)));
      } catch (RuntimeException e) {
        // the series store is unavailable; the next refresh tries again
      }
    }
  }

  private void purgeHealthMetrics() {
    Instant cutoff = clock.instant().minus(settings.healthRetention());
    writer.submit(
        MetadataWrite.of(
            "purge health metrics before " + cutoff, () -> healthMetrics.purgeOlderThan(cutoff)));
  }

  /** Closes the current window and waits up to {@code timeout} for pending metadata writes. */
  public void close(Duration timeout) throws InterruptedException {
    timer.shutdownNow();
    closeWindow();
    flushCaptures();
    writer.drain(timeout);
  }

  @Override
  public void close() throws InterruptedException {
    close(Duration.ofSeconds(5));
  }
}
