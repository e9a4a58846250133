package com.mdm.application.service.audit;

import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.TimeRange;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one scan of one series over one window found.
 *
 * @param present records found in the window (for candles: on the grid and due)
 * @param missing records missing inside the window
 * @param duplicates records the scan saw more than once or overlapping
 * @param checked records whose values were checked
 * @param invalid checked records that failed a check
 * @param latest event time of the newest record of the series, or null when it has none
 * @param measuresCompleteness false for series without an expected rate or sequence (tickers, book
 *     tickers, liquidations), whose completeness only says whether anything arrived
 */
public record SeriesAudit(
    SeriesKey series,
    TimeRange window,
    Instant auditedAt,
    List<DetectedGap> gaps,
    long present,
    long missing,
    long duplicates,
    long checked,
    long invalid,
    Instant latest,
    boolean measuresCompleteness) {

  public SeriesAudit {
    Objects.requireNonNull(series, "series must not be null");
    Objects.requireNonNull(window, "window must not be null");
    Objects.requireNonNull(auditedAt, "auditedAt must not be null");
    gaps = List.copyOf(gaps);
  }

  static SeriesAudit of(
      SeriesKey series,
      TimeRange window,
      Instant auditedAt,
      GapCollector gaps,
      ScanTally tally,
      Instant latest,
      boolean measuresCompleteness) {
    return new SeriesAudit(
        series,
        window,
        auditedAt,
        gaps.gaps(),
        tally.present,
        tally.missing,
        tally.duplicates,
        tally.checked,
        tally.invalid,
        latest,
        measuresCompleteness);
  }
}
