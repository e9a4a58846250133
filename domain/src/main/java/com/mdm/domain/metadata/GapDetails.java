package com.mdm.domain.metadata;

import com.mdm.domain.market.SeriesKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What the auditor found out about a gap when it last saw it, kept with the gap and quoted in the
 * audit log.
 *
 * @param expectedMissing how many records the gap should have held
 * @param breaks how many separate holes were merged into this gap
 * @param missingIds the missing sequence ids; null for grid and cadence gaps
 * @param missingTradeIds for aggregate trades, the trade ids the missing aggregates covered; else
 *     null
 * @param tolerance the gap tolerance the audit ran with (stored in whole seconds)
 * @param anchor what stays the same when the same gap is found again
 */
public record GapDetails(
    String gapId,
    SeriesKey series,
    GapKind kind,
    GapPosition position,
    Instant start,
    Instant end,
    long expectedMissing,
    int breaks,
    IdRange missingIds,
    IdRange missingTradeIds,
    Severity severity,
    Duration tolerance,
    String anchor) {

  public GapDetails {
    Objects.requireNonNull(gapId, "gapId must not be null");
    Objects.requireNonNull(series, "series must not be null");
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(position, "position must not be null");
    Objects.requireNonNull(start, "start must not be null");
    Objects.requireNonNull(end, "end must not be null");
    Objects.requireNonNull(severity, "severity must not be null");
    Objects.requireNonNull(tolerance, "tolerance must not be null");
    Objects.requireNonNull(anchor, "anchor must not be null");
  }

  public Duration duration() {
    return Duration.between(start, end);
  }
}
