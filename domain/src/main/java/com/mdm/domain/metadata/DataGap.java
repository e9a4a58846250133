package com.mdm.domain.metadata;

import com.mdm.domain.market.SeriesKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A stretch of a series where records are missing: for a fixed-interval series the missing open
 * times {@code [start, end)}, for a sequenced series the time span of the missing ids.
 *
 * @param gapId stable id of this gap (the same gap found twice has the same id)
 * @param expectedMissing how many records the gap should have held
 * @param details what the auditor found out about the gap (missing id range, tolerance, ...)
 * @param cause why the gap is there
 * @param fate what became of it; its kind implies {@code status}
 */
public record DataGap(
    String gapId,
    SeriesKey series,
    Instant start,
    Instant end,
    long expectedMissing,
    Severity severity,
    GapStatus status,
    GapDetails details,
    Instant detectedAt,
    Instant updatedAt,
    GapCause cause,
    GapFate fate) {

  public DataGap {
    Objects.requireNonNull(gapId, "gapId must not be null");
    Objects.requireNonNull(series, "series must not be null");
    Objects.requireNonNull(start, "start must not be null");
    Objects.requireNonNull(end, "end must not be null");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("end " + end + " must not be before start " + start);
    }
    if (expectedMissing < 0) {
      throw new IllegalArgumentException("expectedMissing must be >= 0 but was " + expectedMissing);
    }
    Objects.requireNonNull(severity, "severity must not be null");
    Objects.requireNonNull(status, "status must not be null");
    Objects.requireNonNull(details, "details must not be null");
    Objects.requireNonNull(detectedAt, "detectedAt must not be null");
    Objects.requireNonNull(updatedAt, "updatedAt must not be null");
    Objects.requireNonNull(cause, "cause must not be null");
    Objects.requireNonNull(fate, "fate must not be null");
    if (fate.status() != status) {
      throw new IllegalArgumentException(
          "fate " + fate.kind() + " implies status " + fate.status() + " but status was " + status);
    }
  }

  /** A gap of unknown cause whose fate is what {@code status} stands for. */
  public DataGap(
      String gapId,
      SeriesKey series,
      Instant start,
      Instant end,
      long expectedMissing,
      Severity severity,
      GapStatus status,
      GapDetails details,
      Instant detectedAt,
      Instant updatedAt) {
    this(
        gapId,
        series,
        start,
        end,
        expectedMissing,
        severity,
        status,
        details,
        detectedAt,
        updatedAt,
        GapCause.UNKNOWN,
        GapFate.of(status));
  }

  /** This gap with {@code fate} (and the status it implies) as of {@code now}. */
  public DataGap withFate(GapFate fate, Instant now) {
    return new DataGap(
        gapId,
        series,
        start,
        end,
        expectedMissing,
        severity,
        fate.status(),
        details,
        detectedAt,
        now,
        cause,
        fate);
  }

  public Duration duration() {
    return Duration.between(start, end);
  }

  public String datasetId() {
    return series.datasetId();
  }
}
