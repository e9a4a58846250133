package com.mdm.testsupport.fake;

import static com.mdm.testsupport.fake.Millis.floor;

import com.mdm.domain.metadata.BackfillCheckpoint;
import com.mdm.domain.metadata.BackfillJob;
import com.mdm.domain.metadata.BackfillStatus;
import java.time.Instant;

/** A backfill job with some of its columns set anew, as one SQL {@code UPDATE} sets them. */
final class JobUpdate {

  private final BackfillJob job;
  private BackfillStatus status;
  private double progress;
  private long fetched;
  private long inserted;
  private BackfillCheckpoint checkpoint;
  private String errorMessage;
  private int attempts;
  private String claimedBy;
  private Instant startedAt;
  private Instant completedAt;

  private JobUpdate(BackfillJob job) {
    this.job = job;
    status = job.status();
    progress = job.progress();
    fetched = job.recordsFetched();
    inserted = job.recordsInserted();
    checkpoint = job.checkpoint();
    errorMessage = job.errorMessage();
    attempts = job.attempts();
    claimedBy = job.claimedBy();
    startedAt = job.startedAt();
    completedAt = job.completedAt();
  }

  static JobUpdate of(BackfillJob job) {
    return new JobUpdate(job);
  }

  JobUpdate status(BackfillStatus status) {
    this.status = status;
    return this;
  }

  JobUpdate claimedBy(String workerId, Instant at) {
    claimedBy = workerId;
    attempts++;
    startedAt = at;
    return this;
  }

  JobUpdate unclaimed() {
    claimedBy = null;
    return this;
  }

  JobUpdate progress(double progress, long fetched, long inserted, BackfillCheckpoint at) {
    this.progress = progress;
    this.fetched = fetched;
    this.inserted = inserted;
    this.checkpoint = at;
    return this;
  }

  JobUpdate completed(Instant at) {
    completedAt = at;
    return this;
  }

  JobUpdate errorMessage(String errorMessage) {
    this.errorMessage = errorMessage;
    return this;
  }

  /** The job as stored after the update at {@code now}. */
  BackfillJob at(Instant now) {
    return new BackfillJob(
        job.jobId(),
        job.symbol(),
        job.dataType(),
        job.timeframe(),
        job.startTime(),
        job.endTime(),
        job.priority(),
        status,
        progress,
        fetched,
        inserted,
        checkpoint,
        errorMessage,
        attempts,
        claimedBy,
        job.createdAt(),
        floor(startedAt),
        floor(completedAt),
        floor(now));
  }
}
