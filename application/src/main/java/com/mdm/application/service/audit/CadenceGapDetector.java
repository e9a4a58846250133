package com.mdm.application.service.audit;

import com.mdm.domain.market.TimeRange;
import com.mdm.domain.metadata.GapKind;
import com.mdm.domain.metadata.GapPosition;
import java.time.Duration;
import java.time.Instant;

/**
 * Finds silences in a series that should have a record every {@code interval} (mark prices every 1
 * or 3 seconds, funding rates every funding interval). Two neighbours further apart than interval +
 * tolerance enclose a gap {@code [previous + interval, next)} holding round(distance / interval) -
 * 1 missing records; the window's edges count as neighbours when nothing lies beyond them.
 */
final class CadenceGapDetector {

  private final Duration interval;
  private final Duration limit;
  private final TimeRange window;
  private final GapCollector gaps;
  private final ScanTally tally;
  private final Instant previous;
  private Instant last;

  /**
   * @param previous time of the last record before the window, or null
   */
  CadenceGapDetector(
      Duration interval,
      Duration tolerance,
      TimeRange window,
      Instant previous,
      GapCollector gaps,
      ScanTally tally) {
    this.interval = interval;
    this.limit = interval.plus(tolerance);
    this.window = window;
    this.previous = previous;
    this.gaps = gaps;
    this.tally = tally;
  }

  /** Takes the next record's time, in ascending order. */
  void accept(Instant time) {
    if (time.equals(last)) {
      tally.duplicates++;
      return;
    }
    if (!window.contains(time)) {
      return;
    }
    tally.present++;
    if (last == null && previous == null) {
      if (Duration.between(window.from(), time).compareTo(limit) > 0) {
        long missing = slots(window.from(), time);
        tally.missing += missing;
        add(GapPosition.LEADING, window.from(), time, missing, "before:" + time);
      }
    } else {
      Instant before = last == null ? previous : last;
      if (Duration.between(before, time).compareTo(limit) > 0) {
        long missing = Math.max(1, Math.round(ratio(before, time)) - 1);
        Instant start = before.plus(interval);
        tally.missing += start.isBefore(window.from()) ? slots(window.from(), time) : missing;
        add(GapPosition.INTERIOR, start, time, missing, "from:" + start);
      }
    }
    last = time;
  }

  /** Reports the silence after the last record, if it is longer than allowed. */
  void finish() {
    Instant before = last == null ? previous : last;
    if (before == null) {
      long missing = slots(window.from(), window.to());
      tally.missing += missing;
      add(GapPosition.WHOLE_WINDOW, window.from(), window.to(), missing, "empty");
      return;
    }
    if (Duration.between(before, window.to()).compareTo(limit) > 0) {
      Instant start = before.plus(interval);
      long missing = Math.max(1, slots(before, window.to()));
      Instant counted = start.isBefore(window.from()) ? window.from() : before;
      tally.missing += Math.max(1, slots(counted, window.to()));
      add(GapPosition.TRAILING, start, window.to(), missing, "from:" + start);
    }
  }

  private long slots(Instant from, Instant to) {
    return (long) Math.floor(ratio(from, to));
  }

  private double ratio(Instant from, Instant to) {
    return (double) Duration.between(from, to).toMillis() / interval.toMillis();
  }

  private void add(GapPosition position, Instant start, Instant end, long missing, String anchor) {
    gaps.add(
        new DetectedGap(GapKind.CADENCE, position, start, end, missing, 1, null, null, anchor));
  }
}
