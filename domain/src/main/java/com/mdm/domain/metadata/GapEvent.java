package com.mdm.domain.metadata;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The details of an audit log entry about a gap: what happened to it, the gap as it was then, and
 * what the auditor knew about it.
 */
public record GapEvent(
    Type type,
    String gapId,
    String datasetId,
    GapStatus status,
    Instant start,
    Instant end,
    long expectedMissing,
    Severity severity,
    GapDetails gap) {

  /** What happened to the gap. */
  public enum Type {
    DETECTED,
    REOPENED,
    RESOLVED,
    UNRECOVERABLE
  }

  public GapEvent {
    Objects.requireNonNull(type, "type must not be null");
    Objects.requireNonNull(gapId, "gapId must not be null");
    Objects.requireNonNull(datasetId, "datasetId must not be null");
    Objects.requireNonNull(status, "status must not be null");
    Objects.requireNonNull(start, "start must not be null");
    Objects.requireNonNull(end, "end must not be null");
    Objects.requireNonNull(severity, "severity must not be null");
    Objects.requireNonNull(gap, "gap must not be null");
  }

  /** The event of {@code type} happening to {@code gap} as it is now. */
  public static GapEvent of(Type type, DataGap gap) {
    return new GapEvent(
        type,
        gap.gapId(),
        gap.datasetId(),
        gap.status(),
        gap.start(),
        gap.end(),
        gap.expectedMissing(),
        gap.severity(),
        gap.details());
  }

  public Duration duration() {
    return Duration.between(start, end);
  }
}
