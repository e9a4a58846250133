package com.mdm.domain.port.out;

import com.mdm.domain.market.Symbol;
import com.mdm.domain.metadata.BackfillCheckpoint;
import com.mdm.domain.metadata.BackfillJob;
import com.mdm.domain.metadata.BackfillStatus;
import com.mdm.domain.metadata.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Backfill jobs and their progress. */
public interface BackfillJobRepository {

  void create(BackfillJob job);

  Optional<BackfillJob> get(String jobId);

  /** Jobs filtered by status and symbol (null does not filter), newest first. */
  List<BackfillJob> list(BackfillStatus status, Symbol symbol, PageRequest page);

  /**
   * Atomically moves the highest-priority, oldest pending job to running for {@code workerId}; two
   * workers never claim the same job.
   */
  Optional<BackfillJob> claimNext(String workerId, Instant now);

  /** Records progress of a running job; returns false when the job is no longer running. */
  boolean updateProgress(
      String jobId,
      double progress,
      long recordsFetched,
      long recordsInserted,
      BackfillCheckpoint checkpoint,
      Instant now);

  /** Moves a running job to a final state; returns false when it was not running. */
  boolean finish(String jobId, BackfillStatus status, String errorMessage, Instant now);

  /** Cancels a pending or running job; returns false when it was already final or is unknown. */
  boolean cancel(String jobId, Instant now);

  /**
   * Puts a running job back to pending, keeping its progress, counts and checkpoint, so that the
   * next claim resumes it; returns false when it was not running.
   */
  boolean requeue(String jobId, Instant now);

  /**
   * Puts back to pending every running job whose last update is before {@code updatedBefore}: its
   * worker is presumed dead. Progress, counts and checkpoint are kept. Returns the ids requeued.
   */
  List<String> requeueStale(Instant updatedBefore, Instant now);
}
