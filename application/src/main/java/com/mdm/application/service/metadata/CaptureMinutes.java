package com.mdm.application.service.metadata;

import com.mdm.domain.metadata.CaptureMinute;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts in memory what arrives per subject and UTC minute, until {@link #drain} hands the counts
 * over to be added to the receipt log; every update and removal is atomic, so no count is lost.
 */
final class CaptureMinutes {

  private record Key(String subject, Instant minute) {}

  private record Counts(long received, long deadLettered) {
    Counts plus(Counts other) {
      return new Counts(received + other.received, deadLettered + other.deadLettered);
    }
  }

  private final Map<Key, Counts> counts = new ConcurrentHashMap<>();

  void received(String subject, Instant at) {
    add(subject, at, new Counts(1, 0));
  }

  void deadLettered(String subject, Instant at, int count) {
    add(subject, at, new Counts(0, count));
  }

  /** The counts so far, removed from here; a count racing the drain is kept for the next one. */
  List<CaptureMinute> drain() {
    List<CaptureMinute> drained = new ArrayList<>();
    for (Key key : List.copyOf(counts.keySet())) {
      Counts removed = counts.remove(key);
      if (removed != null) {
        drained.add(
            new CaptureMinute(
                key.subject(), key.minute(), removed.received(), removed.deadLettered()));
      }
    }
    return drained;
  }

  private void add(String subject, Instant at, Counts delta) {
    counts.merge(new Key(subject, at.truncatedTo(ChronoUnit.MINUTES)), delta, Counts::plus);
  }
}
