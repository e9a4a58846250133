package com.mdm.adapter.in.file;

import com.mdm.decoder.binance.BinanceMessageDecoder;
import com.mdm.decoder.binance.DecodeResult;
import com.mdm.decoder.binance.RejectReason;
import com.mdm.decoder.binance.Rejection;
import com.mdm.domain.market.MarketEvent;
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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Feeds recorded captures through the ingest use case, line by line, as the live listener feeds
 * messages: the same decoder, the same idempotent stores, so importing a file twice stores nothing
 * new. Bad lines are counted and reported with file and line; the good lines around them are
 * stored. Each file gets its lineage once everything read from it is stored.
 */
public final class CaptureImporter {

  private final BinanceMessageDecoder decoder;
  private final IngestMarketEventUseCase ingest;
  private final RecordCaptureImportUseCase accounting;
  private final ImportSettings settings;
  private final ImportProgress progress;
  private final Clock clock;

  public CaptureImporter(
      BinanceMessageDecoder decoder,
      IngestMarketEventUseCase ingest,
      RecordCaptureImportUseCase accounting,
      ImportSettings settings,
      ImportProgress progress,
      Clock clock) {
    this.decoder = decoder;
    this.ingest = ingest;
    this.accounting = accounting;
    this.settings = settings;
    this.progress = progress;
    this.clock = clock;
  }

  /** Imports the files in order; stops early only when the store keeps failing. */
  public ImportSummary importFiles(List<Path> files) throws IOException, InterruptedException {
    RejectionTally rejections = new RejectionTally(settings.detailedRejections());
    ImportCounts counts = new ImportCounts();
    List<DatasetImport> datasets = new ArrayList<>();
    String failure = null;
    try (IngestSubmitter submitter =
        new IngestSubmitter(ingest, settings.maxInFlight(), settings.firstRetry())) {
      for (Path file : files) {
        Instant started = clock.instant();
        long rejectedBefore = rejections.lines();
        long lines = importFile(file, submitter, rejections, counts);
        while (!submitter.awaitSettled(Duration.ofMinutes(1))) {
          // a slow store: keep waiting, the retries bound the time a failing one takes
        }
        failure = submitter.failure();
        if (failure != null) {
          break;
        }
        CaptureFile capture =
            new CaptureFile(
                source(file),
                file.toString(),
                Files.size(file),
                lines,
                rejections.lines() - rejectedBefore,
                started,
                clock.instant());
        datasets.addAll(accounting.fileImported(capture));
      }
    }
    long written = datasets.stream().mapToLong(DatasetImport::written).sum();
    long duplicates = datasets.stream().mapToLong(DatasetImport::duplicates).sum();
    return new ImportSummary(
        counts.lines,
        counts.blank,
        counts.events,
        counts.filtered,
        written,
        duplicates,
        rejections.lines(),
        rejections.byReason(),
        rejections.examples(),
        datasets,
        failure);
  }

  private long importFile(
      Path file, IngestSubmitter submitter, RejectionTally rejections, ImportCounts counts)
      throws IOException, InterruptedException {
    String source = source(file);
    String name = file.toString();
    Pacer pacer = new Pacer(settings.speed());
    long lines = 0;
    progress.started(name, Files.size(file));
    try (CaptureLines reader = CaptureLines.open(file, settings.maxLineBytes())) {
      CaptureLines.Line line;
      while ((line = reader.next()) != null && submitter.failure() == null) {
        lines++;
        counts.lines++;
        if (line.oversized()) {
          rejections.add(name, line.number(), List.of(oversized(line)));
          continue;
        }
        RecordedFrame frame = RecordedFrame.of(line.number(), line.bytes());
        if (isBlank(frame.frame())) {
          counts.blank++;
          continue;
        }
        Instant receivedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        DecodeResult result = decoder.decode(frame.frame(), receivedAt);
        if (result.hasRejections()) {
          rejections.add(name, line.number(), result.rejections());
        }
        List<MarketEvent> events = counts.keep(result.events(), settings);
        if (!events.isEmpty()) {
          pacer.await(frame.recordedAt() != null ? frame.recordedAt() : events.get(0).eventTime());
          submitter.submit(
              new IngestCommand(events, source, line.number(), result.rejections().size()));
        }
        progress.advanced(reader.bytesRead(), counts.events);
      }
    }
    progress.finished(name, lines, counts.events);
    return lines;
  }

  static String source(Path file) {
    return CaptureFile.sourceOf(file.getFileName().toString());
  }

  private Rejection oversized(CaptureLines.Line line) {
    return new Rejection(
        RejectReason.OVERSIZED_FRAME,
        "line is " + line.length() + " bytes, over the limit of " + settings.maxLineBytes());
  }

  private static boolean isBlank(byte[] frame) {
    for (byte b : frame) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
