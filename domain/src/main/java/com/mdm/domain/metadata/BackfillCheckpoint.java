package com.mdm.domain.metadata;

import java.time.Instant;

/**
 * Where a backfill job resumes: the start of its next page, how many pages it fetched, and the gap
 * it repairs (auto-repair jobs only).
 *
 * @param time the series time the next page starts at; null before the first page (the job starts
 *     at its start time)
 * @param fromId the first id of the next page, for id-paged series once it is known; else null
 * @param gapId the repaired gap's id, kept from creation to the end; null for requested jobs
 */
public record BackfillCheckpoint(Instant time, Long fromId, long pages, String gapId) {

  /** Before the first page of a requested job. */
  public static final BackfillCheckpoint NONE = new BackfillCheckpoint(null, null, 0, null);

  public BackfillCheckpoint {
    if (time == null && fromId != null) {
      throw new IllegalArgumentException("fromId " + fromId + " needs the time of the next page");
    }
    if (fromId != null && fromId < 0) {
      throw new IllegalArgumentException("fromId must be >= 0 but was " + fromId);
    }
    if (pages < 0) {
      throw new IllegalArgumentException("pages must be >= 0 but was " + pages);
    }
  }

  /** Before the first page of a job repairing {@code gapId}. */
  public static BackfillCheckpoint forGap(String gapId) {
    return new BackfillCheckpoint(null, null, 0, gapId);
  }

  /** This checkpoint after one more page, whose successor starts at {@code time}/{@code fromId}. */
  public BackfillCheckpoint after(Instant time, Long fromId) {
    return new BackfillCheckpoint(time, fromId, pages + 1, gapId);
  }
}
