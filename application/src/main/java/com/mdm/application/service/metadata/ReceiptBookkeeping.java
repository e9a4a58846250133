package com.mdm.application.service.metadata;

import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.metadata.CaptureMinute;
import com.mdm.domain.port.in.CaptureFile;
import com.mdm.domain.port.out.CaptureLog;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The receipt log's side of the bookkeeping: messages and dead letters counted per subject and
 * minute in memory, each dataset linked once to the subjects it arrives on, everything handed to
 * the metadata writer so ingest never waits on MySQL. Keeps nothing when there is no log.
 */
final class ReceiptBookkeeping {

  private final CaptureLog captureLog;
  private final MetadataWriter writer;
  private final Clock clock;
  private final CaptureMinutes captured = new CaptureMinutes();
  private final Set<String> linked = ConcurrentHashMap.newKeySet();

  /**
   * @param captureLog null to keep no receipt log
   */
  ReceiptBookkeeping(CaptureLog captureLog, MetadataWriter writer, Clock clock) {
    this.captureLog = captureLog;
    this.writer = writer;
    this.clock = clock;
  }

  boolean kept() {
    return captureLog != null;
  }

  void received(String source) {
    if (captureLog != null) {
      captured.received(source, clock.instant());
    }
  }

  void deadLettered(String source, int count) {
    if (captureLog != null) {
      captured.deadLettered(source, clock.instant(), count);
    }
  }

  /** A batch of {@code key} from {@code source} was written: link them once, imports aside. */
  void written(SeriesKey key, String source) {
    if (captureLog != null
        && !CaptureFile.isImportSource(source)
        && linked.add(key.datasetId() + " " + source)) {
      Instant seen = clock.instant();
      writer.submit(
          MetadataWrite.of(
              "subject of " + key.datasetId(),
              () -> captureLog.link(key.datasetId(), source, seen)));
    }
  }

  /** Hands the counts so far to the writer. */
  void flush() {
    if (captureLog == null) {
      return;
    }
    List<CaptureMinute> minutes = captured.drain();
    if (!minutes.isEmpty()) {
      writer.submit(MetadataWrite.of("receipt log", () -> captureLog.add(minutes)));
    }
  }
}
