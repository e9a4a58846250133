package com.mdm.application.service.backfill;

import com.mdm.domain.metadata.BackfillCheckpoint;
import com.mdm.domain.metadata.BackfillJob;
import com.mdm.domain.metadata.BackfillStatus;
import com.mdm.domain.port.out.BackfillJobRepository;
import com.mdm.domain.port.out.ExchangeHistoryClient;
import com.mdm.domain.port.out.LineageRepository;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;

/**
 * How a run of a job ends: requeued for later (retryable failures, until {@code maxAttempts}
 * claims), failed, or final as stored; a final state appends the lineage record and tells the
 * listener.
 */
final class JobEndings {

  private static final System.Logger LOG = System.getLogger(JobEndings.class.getName());
  private static final int MAX_ERROR_LENGTH = 2000;

  private final BackfillJobRepository jobs;
  private final LineageRepository lineage;
  private final ExchangeHistoryClient exchange;
  private final BackfillJobListener listener;
  private final BackfillSettings settings;
  private final Clock clock;

  JobEndings(
      BackfillJobRepository jobs,
      LineageRepository lineage,
      ExchangeHistoryClient exchange,
      BackfillJobListener listener,
      BackfillSettings settings,
      Clock clock) {
    this.jobs = jobs;
    this.lineage = lineage;
    this.exchange = exchange;
    this.listener = listener;
    this.settings = settings;
    this.clock = clock;
  }

  /** Marks the job completed, unless it left the running state meanwhile. */
  RunResult completed(BackfillJob job, BackfillCheckpoint checkpoint) {
    if (!jobs.finish(job.jobId(), BackfillStatus.COMPLETED, null, clock.instant())) {
      return lost(job, checkpoint);
    }
    return finished(job.jobId(), checkpoint);
  }

  /** The job left the running state under us: cancelled (final) or requeued as stale. */
  RunResult lost(BackfillJob claimed, BackfillCheckpoint checkpoint) {
    BackfillJob now = jobs.get(claimed.jobId()).orElse(null);
    if (now != null && now.status() == BackfillStatus.CANCELLED) {
      return finished(claimed.jobId(), checkpoint);
    }
    LOG.log(
        Level.WARNING,
        () -> "backfill job %s is no longer this worker's; stopping".formatted(claimed.jobId()));
    return RunResult.abandoned();
  }

  RunResult retry(BackfillJob job, BackfillCheckpoint checkpoint, String error, Instant retryAt) {
    if (job.attempts() >= settings.maxAttempts()) {
      return fail(job, checkpoint, error + " (gave up after " + job.attempts() + " attempts)");
    }
    requeue(job, error);
    Instant notBefore = retryAt != null ? retryAt : clock.instant().plus(settings.retryDelay());
    return RunResult.requeued(notBefore);
  }

  void requeue(BackfillJob job, String why) {
    try {
      boolean requeued = jobs.requeue(job.jobId(), clock.instant());
      LOG.log(
          Level.WARNING,
          () ->
              "backfill job %s %s from its checkpoint: %s"
                  .formatted(job.jobId(), requeued ? "will resume" : "was not requeued", why));
    } catch (RuntimeException e) {
      // the metadata store is unreachable: the stale-job sweep requeues it later
      LOG.log(Level.WARNING, "backfill job " + job.jobId() + " could not be requeued", e);
    }
  }

  RunResult fail(BackfillJob job, BackfillCheckpoint checkpoint, String error) {
    String message =
        error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
    LOG.log(Level.ERROR, () -> "backfill job %s failed: %s".formatted(job.jobId(), message));
    if (!jobs.finish(job.jobId(), BackfillStatus.FAILED, message, clock.instant())) {
      return lost(job, checkpoint);
    }
    return finished(job.jobId(), checkpoint);
  }

  RunResult finished(String jobId, BackfillCheckpoint checkpoint) {
    BackfillJob job = jobs.get(jobId).orElseThrow();
    LOG.log(
        Level.INFO,
        () ->
            "backfill job %s %s: %d fetched, %d new, %d pages"
                .formatted(
                    jobId,
                    job.status().name().toLowerCase(java.util.Locale.ROOT),
                    job.recordsFetched(),
                    job.recordsInserted(),
                    checkpoint.pages()));
    try {
      lineage.append(
          BackfillLineage.of(
              job,
              exchange.source(),
              exchange.endpoint(job.dataType()),
              checkpoint.pages(),
              checkpoint.gapId(),
              clock.instant()));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "lineage of backfill job " + jobId + " could not be written", e);
    }
    try {
      listener.onFinished(job);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "listener failed on backfill job " + jobId, e);
    }
    return RunResult.finished();
  }
}
