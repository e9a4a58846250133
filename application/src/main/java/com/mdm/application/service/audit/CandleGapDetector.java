package com.mdm.application.service.audit;

import com.mdm.domain.market.TimeRange;
import com.mdm.domain.metadata.GapKind;
import com.mdm.domain.metadata.GapPosition;
import java.time.Duration;
import java.time.Instant;

/**
 * Finds the open times missing from a candle series in a window. Due are the grid's open times from
 * the candle containing the window's start up to the last one opened at least the tolerance before
 * the window's end (a candle is stored from its first update on, so only a fresh one may still be
 * on its way). Each run of missing open times is one gap {@code [first missing, next present)}.
 */
final class CandleGapDetector {

  private final CandleGrid grid;
  private final Instant gridStart;
  private final Instant lastDue;
  private final boolean anyDue;
  private final GapCollector gaps;
  private final ScanTally tally;
  private final boolean hadPrevious;
  private Instant cursor;
  private Instant lastOpen;

  /**
   * @param previousOpen open time of the last candle before the window's first grid slot, or null
   */
  CandleGapDetector(
      CandleGrid grid,
      TimeRange window,
      Duration tolerance,
      Instant previousOpen,
      GapCollector gaps,
      ScanTally tally) {
    this.grid = grid;
    this.gridStart = grid.floor(window.from());
    Instant dueUntil = window.to().minus(tolerance);
    this.anyDue = !dueUntil.isBefore(gridStart) && window.to().isAfter(gridStart);
    Instant last = grid.floor(dueUntil);
    this.lastDue = last.isBefore(window.to()) ? last : grid.floor(last.minusMillis(1));
    this.gaps = gaps;
    this.tally = tally;
    this.hadPrevious = previousOpen != null;
    this.cursor = previousOpen == null ? gridStart : grid.next(previousOpen);
  }

  /** The first grid slot; scan the series from here. */
  Instant gridStart() {
    return gridStart;
  }

  /** Takes the next candle's open time, in ascending order. */
  void accept(Instant open) {
    if (open.equals(lastOpen)) {
      tally.duplicates++;
      return;
    }
    lastOpen = open;
    if (!anyDue || !grid.isOpen(open) || open.isBefore(gridStart) || open.isAfter(lastDue)) {
      return;
    }
    tally.present++;
    if (open.isAfter(cursor)) {
      GapPosition position =
          cursor.isBefore(gridStart) || hadPrevious || tally.present > 1
              ? GapPosition.INTERIOR
              : GapPosition.LEADING;
      addGap(position, cursor, open);
    }
    cursor = grid.next(open);
  }

  /** Reports what is missing after the last candle seen. */
  void finish() {
    if (!anyDue || cursor.isAfter(lastDue)) {
      return;
    }
    Instant end = grid.next(lastDue);
    GapPosition position =
        tally.present == 0 && !hadPrevious ? GapPosition.WHOLE_WINDOW : GapPosition.TRAILING;
    addGap(position, cursor, end);
  }

  private void addGap(GapPosition position, Instant start, Instant end) {
    long missing = grid.count(start, end);
    Instant inWindow = start.isBefore(gridStart) ? gridStart : start;
    tally.missing += grid.count(inWindow, end);
    String anchor =
        switch (position) {
          case LEADING -> "before:" + end;
          case WHOLE_WINDOW -> "empty";
          default -> "from:" + start;
        };
    gaps.add(
        new DetectedGap(GapKind.CANDLE_GRID, position, start, end, missing, 1, null, null, anchor));
  }
}
