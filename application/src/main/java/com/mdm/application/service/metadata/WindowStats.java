package com.mdm.application.service.metadata;

import com.mdm.application.service.BatchOutcome;
import java.time.Duration;
import java.time.Instant;

/** What one series received and wrote during one lineage window. */
final class WindowStats {

  String source;
  long records;
  long written;
  long duplicates;
  int batches;
  Duration writeTime = Duration.ZERO;
  Instant firstTime;
  Instant lastTime;
  long firstSequence;
  long lastSequence;

  synchronized void add(BatchOutcome outcome) {
    if (source == null) {
      source = outcome.source();
    }
    records += outcome.records();
    written += outcome.result().written();
    duplicates += outcome.result().duplicates();
    batches++;
    writeTime = writeTime.plus(outcome.latency());
    firstTime = min(firstTime, outcome.firstTime());
    lastTime = max(lastTime, outcome.lastTime());
    if (outcome.firstSequence() > 0) {
      firstSequence =
          firstSequence == 0
              ? outcome.firstSequence()
              : Math.min(firstSequence, outcome.firstSequence());
    }
    lastSequence = Math.max(lastSequence, outcome.lastSequence());
  }

  private static Instant min(Instant a, Instant b) {
    return a == null || (b != null && b.isBefore(a)) ? b : a;
  }

  private static Instant max(Instant a, Instant b) {
    return a == null || (b != null && b.isAfter(a)) ? b : a;
  }
}
