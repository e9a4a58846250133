package com.mdm.adapter.out.mysql;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.metadata.GapDetails;
import com.mdm.domain.metadata.GapKind;
import com.mdm.domain.metadata.GapPosition;
import com.mdm.domain.metadata.IdRange;
import com.mdm.domain.metadata.Severity;
import java.time.Duration;
import java.time.Instant;

/**
 * The JSON of {@link GapDetails} in {@code data_gaps.details} (and quoted in audit details); the
 * dataset, durations and counts are derived, so reading ignores them.
 */
record GapDetailsJson(
    String gapId,
    String dataset,
    SeriesType seriesType,
    String symbol,
    String timeframe,
    GapKind kind,
    GapPosition position,
    String start,
    String end,
    double durationSeconds,
    long expectedMissing,
    int breaks,
    @JsonInclude(JsonInclude.Include.NON_NULL) Range missingIds,
    @JsonInclude(JsonInclude.Include.NON_NULL) Range missingTradeIds,
    Severity severity,
    long toleranceSeconds,
    String anchor) {

  /** An inclusive id range with its size. */
  record Range(long from, long to, long count) {}

  static String write(GapDetails details) {
    return JsonColumns.write(of(details));
  }

  static GapDetails read(String text) {
    return JsonColumns.read(text, GapDetailsJson.class).toDomain();
  }

  static GapDetailsJson of(GapDetails details) {
    SeriesKey series = details.series();
    return new GapDetailsJson(
        details.gapId(),
        series.datasetId(),
        series.type(),
        Codes.symbol(series.symbol()),
        Codes.timeframe(series.timeframe()),
        details.kind(),
        details.position(),
        details.start().toString(),
        details.end().toString(),
        seconds(details.duration()),
        details.expectedMissing(),
        details.breaks(),
        range(details.missingIds()),
        range(details.missingTradeIds()),
        details.severity(),
        details.tolerance().toSeconds(),
        details.anchor());
  }

  GapDetails toDomain() {
    return new GapDetails(
        gapId,
        new SeriesKey(seriesType, Codes.symbol(symbol), Codes.timeframe(timeframe)),
        kind,
        position,
        Instant.parse(start),
        Instant.parse(end),
        expectedMissing,
        breaks,
        missingIds == null ? null : new IdRange(missingIds.from, missingIds.to),
        missingTradeIds == null ? null : new IdRange(missingTradeIds.from, missingTradeIds.to),
        severity,
        Duration.ofSeconds(toleranceSeconds),
        anchor);
  }

  /** Seconds with the milliseconds as decimals, as the audit has always written durations. */
  static double seconds(Duration duration) {
    return duration.toMillis() / 1000.0;
  }

  private static Range range(IdRange range) {
    return range == null ? null : new Range(range.from(), range.to(), range.count());
  }
}
