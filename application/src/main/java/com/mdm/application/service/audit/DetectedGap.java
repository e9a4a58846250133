package com.mdm.application.service.audit;

import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.metadata.GapDetails;
import com.mdm.domain.metadata.GapKind;
import com.mdm.domain.metadata.GapPosition;
import com.mdm.domain.metadata.IdRange;
import com.mdm.domain.metadata.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A gap found in one scan of a series, before it is given an id and stored.
 *
 * @param start for grid and cadence gaps the first missing time; for sequence gaps the time of the
 *     record before the break
 * @param end for grid and cadence gaps the time after the last missing slot; for sequence gaps the
 *     time of the record after the break
 * @param missing how many records the gap should have held (for diff depth a lower bound: one per
 *     break)
 * @param breaks how many separate holes were merged into this gap
 * @param missingIds the missing sequence ids (aggregate trade ids, trade ids, depth update ids);
 *     null for grid and cadence gaps
 * @param missingTradeIds for aggregate trades, the trade ids the missing aggregates covered; else
 *     null
 * @param anchor what stays the same when the same gap is found again: its start, or its end where
 *     the start moves with the window
 */
public record DetectedGap(
    GapKind kind,
    GapPosition position,
    Instant start,
    Instant end,
    long missing,
    int breaks,
    IdRange missingIds,
    IdRange missingTradeIds,
    String anchor) {

  public DetectedGap {
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(position, "position must not be null");
    Objects.requireNonNull(start, "start must not be null");
    Objects.requireNonNull(end, "end must not be null");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("end " + end + " must not be before start " + start);
    }
    if (missing < 0 || breaks < 1) {
      throw new IllegalArgumentException(
          "missing must be >= 0 and breaks >= 1 but were " + missing + " and " + breaks);
    }
    Objects.requireNonNull(anchor, "anchor must not be null");
  }

  public Duration duration() {
    return Duration.between(start, end);
  }

  /** What is kept with this gap once it is {@code gapId} of {@code series}. */
  GapDetails details(String gapId, SeriesKey series, Severity severity, Duration tolerance) {
    return new GapDetails(
        gapId,
        series,
        kind,
        position,
        start,
        end,
        missing,
        breaks,
        missingIds,
        missingTradeIds,
        severity,
        tolerance,
        anchor);
  }

  /** This gap extended over {@code next}, which starts at or after this one. */
  DetectedGap mergedWith(DetectedGap next) {
    GapPosition merged = position;
    if (next.position == GapPosition.TRAILING) {
      merged = position == GapPosition.LEADING ? GapPosition.WHOLE_WINDOW : GapPosition.TRAILING;
    }
    return new DetectedGap(
        kind,
        merged,
        start,
        next.end.isAfter(end) ? next.end : end,
        missing + next.missing,
        breaks + next.breaks,
        span(missingIds, next.missingIds),
        span(missingTradeIds, next.missingTradeIds),
        anchor);
  }

  /** The smallest range covering both; either may be null. */
  private static IdRange span(IdRange a, IdRange b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return new IdRange(Math.min(a.from(), b.from()), Math.max(a.to(), b.to()));
  }
}
