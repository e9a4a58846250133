package com.mdm.application.service.audit;

import com.mdm.domain.market.TimeRange;
import com.mdm.domain.metadata.GapKind;
import com.mdm.domain.metadata.GapPosition;
import com.mdm.domain.metadata.IdRange;

/**
 * Finds breaks in a sequenced series: a record whose link is not the id of the record before it.
 * Trade and aggregate trade ids count their missing records exactly; a diff depth break counts one
 * missing event, as the stream does not say how many it lost. A link below the previous id means
 * the two overlap, which counts as a duplicate, as does an aggregate trade whose trade ids overlap
 * those of the one before. Aggregate trades are consecutive by their own ids: trade ids skipped
 * between consecutive aggregates belong to trades never aggregated (insurance fund, ADL) and are no
 * gap.
 */
final class SequenceGapDetector {

  private final GapKind kind;
  private final boolean countsIds;
  private final TimeRange window;
  private final GapCollector gaps;
  private final ScanTally tally;
  private SequenceStep last;

  /**
   * @param countsIds whether ids are consecutive, so a break of n ids misses n records
   * @param previous the last record before the window, or null
   */
  SequenceGapDetector(
      GapKind kind,
      boolean countsIds,
      TimeRange window,
      SequenceStep previous,
      GapCollector gaps,
      ScanTally tally) {
    this.kind = kind;
    this.countsIds = countsIds;
    this.window = window;
    this.gaps = gaps;
    this.tally = tally;
    this.last = previous;
  }

  /** Takes the next record, in ascending time. */
  void accept(SequenceStep step) {
    if (last != null) {
      if (step.link() < last.id()) {
        tally.duplicates++;
        if (step.id() <= last.id()) {
          return;
        }
      } else if (step.link() > last.id()) {
        addBreak(last, step);
      } else if (step.firstTradeId() >= 0 && step.firstTradeId() <= last.lastTradeId()) {
        tally.duplicates++;
      }
    }
    if (window.contains(step.time())) {
      tally.present++;
    }
    last = step;
  }

  private void addBreak(SequenceStep before, SequenceStep after) {
    long missing = countsIds ? after.link() - before.id() : 1;
    tally.missing += missing;
    IdRange ids = new IdRange(before.id() + 1, after.link());
    IdRange tradeIds = null;
    if (after.firstTradeId() >= 0 && after.firstTradeId() - 1 > before.lastTradeId()) {
      tradeIds = new IdRange(before.lastTradeId() + 1, after.firstTradeId() - 1);
    }
    gaps.add(
        new DetectedGap(
            kind,
            GapPosition.INTERIOR,
            before.time(),
            after.time(),
            missing,
            1,
            ids,
            tradeIds,
            "after:" + before.id()));
  }
}
