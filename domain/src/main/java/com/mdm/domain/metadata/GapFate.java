package com.mdm.domain.metadata;

import java.util.Objects;

/**
 * What became of a gap: still open, filled by late data, backfilled by a job, confirmed empty by
 * the REST history, or unrecoverable, with the job and the reason where there is one.
 *
 * @param jobId the backfill job that decided the fate; null when none did
 * @param recordsInserted records that job inserted; 0 without a job
 * @param reason why the gap ended as it did, for people; null while open
 */
public record GapFate(Kind kind, String jobId, long recordsInserted, String reason) {

  /** The fates; each implies the gap's coarse {@link GapStatus}. */
  public enum Kind {
    OPEN(GapStatus.OPEN),
    /** The records arrived later without a repair (late delivery, an import). */
    FILLED(GapStatus.RESOLVED),
    BACKFILLED(GapStatus.RESOLVED),
    /** The REST history has nothing there either: a halt or maintenance. */
    CONFIRMED_EMPTY(GapStatus.UNRECOVERABLE),
    /** No REST history exists for the series, or repairing it failed for good. */
    UNRECOVERABLE(GapStatus.UNRECOVERABLE);

    private final GapStatus status;

    Kind(GapStatus status) {
      this.status = status;
    }

    public GapStatus status() {
      return status;
    }
  }

  public static final GapFate OPEN = new GapFate(Kind.OPEN, null, 0, null);

  public GapFate {
    Objects.requireNonNull(kind, "kind must not be null");
    if (recordsInserted < 0) {
      throw new IllegalArgumentException("recordsInserted must be >= 0 but was " + recordsInserted);
    }
  }

  public static GapFate filled() {
    return new GapFate(Kind.FILLED, null, 0, "the missing records arrived later");
  }

  public static GapFate backfilled(String jobId, long inserted) {
    return new GapFate(Kind.BACKFILLED, Objects.requireNonNull(jobId, "jobId"), inserted, null);
  }

  public static GapFate confirmedEmpty(String jobId, long inserted) {
    return new GapFate(
        Kind.CONFIRMED_EMPTY,
        Objects.requireNonNull(jobId, "jobId"),
        inserted,
        "the REST history has no records there either");
  }

  public static GapFate unrecoverable(String jobId, String reason) {
    return new GapFate(Kind.UNRECOVERABLE, jobId, 0, Objects.requireNonNull(reason, "reason"));
  }

  /** The fate a bare status stands for, for gaps recorded before fates were kept. */
  public static GapFate of(GapStatus status) {
    return switch (Objects.requireNonNull(status, "status must not be null")) {
      case OPEN -> OPEN;
      case RESOLVED -> filled();
      case UNRECOVERABLE -> unrecoverable(null, "data still missing after its repair");
    };
  }

  public GapStatus status() {
    return kind.status();
  }
}
