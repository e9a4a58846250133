package com.mdm.application.service.backfill;

import com.mdm.domain.metadata.BackfillJob;
import com.mdm.domain.metadata.BackfillStatus;
import com.mdm.domain.port.out.BackfillJobRepository;
import com.mdm.domain.port.out.ExchangeException;
import com.mdm.domain.port.out.ExchangeHistoryClient;
import com.mdm.domain.port.out.HistoryCursor;
import com.mdm.domain.port.out.LineageRepository;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Runs one claimed job page by page: fetch, store, then record progress and the checkpoint, so a
 * restart loses at most the page in flight. Between pages it notices cancellation (the progress
 * update is refused) and loss of the job to another worker. A retryable failure puts the job back
 * to pending until {@code maxAttempts} claims; anything else fails it with the error. Every final
 * state writes a lineage record and tells the listener.
 */
final class BackfillJobRunner {

  private static final System.Logger LOG = System.getLogger(BackfillJobRunner.class.getName());
  private static final int MAX_ERROR_LENGTH = 2000;

  private final BackfillJobRepository jobs;
  private final LineageRepository lineage;
  private final ExchangeHistoryClient exchange;
  private final PageFetcher fetcher;
  private final BackfillJobListener listener;
  private final BackfillSettings settings;
  private final Clock clock;

  BackfillJobRunner(
      BackfillJobRepository jobs,
      LineageRepository lineage,
      ExchangeHistoryClient exchange,
      PageFetcher fetcher,
      BackfillJobListener listener,
      BackfillSettings settings,
      Clock clock) {
    this.jobs = jobs;
    this.lineage = lineage;
    this.exchange = exchange;
    this.fetcher = fetcher;
    this.listener = listener;
    this.settings = settings;
    this.clock = clock;
  }

  RunResult run(BackfillJob job) {
    BackfillCheckpoint checkpoint;
    try {
      checkpoint = BackfillCheckpoint.parse(job.checkpoint());
    } catch (IllegalArgumentException e) {
      return fail(job, BackfillCheckpoint.NONE, e.getMessage());
    }
    LOG.log(
        Level.INFO, () -> "backfill job %s: %s".formatted(job.jobId(), describe(job, checkpoint)));
    try {
      return pages(job, checkpoint);
    } catch (CancellationException | InterruptedException e) {
      // hand the job back with the flag cleared, so the database call is not cut short by it
      Thread.interrupted();
      requeue(job, "worker stopping");
      Thread.currentThread().interrupt();
      return RunResult.requeued(null);
    } catch (ExchangeException e) {
      return e.retryable()
          ? retry(job, checkpoint, e.getMessage(), e.retryAt())
          : fail(job, checkpoint, e.getMessage());
    } catch (ExecutionException | TimeoutException e) {
      String cause = e instanceof ExecutionException ? String.valueOf(e.getCause()) : "timed out";
      return retry(job, checkpoint, "storing a page failed: " + cause, null);
    } catch (RuntimeException e) {
      return retry(job, checkpoint, "unexpected error: " + e, null);
    }
  }

  private RunResult pages(BackfillJob claimed, BackfillCheckpoint start)
      throws InterruptedException, ExecutionException, TimeoutException {
    BackfillCheckpoint checkpoint = start;
    HistoryCursor cursor =
        start.cursor() == null ? HistoryCursor.at(claimed.startTime()) : start.cursor();
    long fetched = claimed.recordsFetched();
    long inserted = claimed.recordsInserted();
    Instant lastLog = clock.instant();
    while (true) {
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedException("worker stopping");
      }
      PageFetcher.StoredPage page = fetcher.fetchAndStore(claimed, cursor);
      fetched += page.fetched();
      inserted += page.written().written();
      HistoryCursor next = page.next();
      checkpoint = checkpoint.after(next == null ? cursor : next);
      double progress = next == null ? 100 : progress(claimed, next.time());
      Instant now = clock.instant();
      if (!jobs.updateProgress(
          claimed.jobId(), progress, fetched, inserted, checkpoint.encode(), now)) {
        return lost(claimed, checkpoint);
      }
      if (!stillMine(claimed)) {
        return RunResult.abandoned();
      }
      if (Duration.between(lastLog, now).compareTo(settings.progressLogInterval()) >= 0) {
        lastLog = now;
        logProgress(claimed, progress, checkpoint, fetched, inserted);
      }
      if (next == null) {
        break;
      }
      cursor = next;
    }
    if (!jobs.finish(claimed.jobId(), BackfillStatus.COMPLETED, null, clock.instant())) {
      return lost(claimed, checkpoint);
    }
    return finished(claimed.jobId(), checkpoint);
  }

  private boolean stillMine(BackfillJob claimed) {
    return jobs.get(claimed.jobId())
        .filter(job -> settings.workerId().equals(job.claimedBy()))
        .filter(job -> job.attempts() == claimed.attempts())
        .isPresent();
  }

  /** The job left the running state under us: cancelled (final) or requeued as stale. */
  private RunResult lost(BackfillJob claimed, BackfillCheckpoint checkpoint) {
    BackfillJob now = jobs.get(claimed.jobId()).orElse(null);
    if (now != null && now.status() == BackfillStatus.CANCELLED) {
      return finished(claimed.jobId(), checkpoint);
    }
    LOG.log(
        Level.WARNING,
        () -> "backfill job %s is no longer this worker's; stopping".formatted(claimed.jobId()));
    return RunResult.abandoned();
  }

  private RunResult retry(
      BackfillJob job, BackfillCheckpoint checkpoint, String error, Instant retryAt) {
    if (job.attempts() >= settings.maxAttempts()) {
      return fail(job, checkpoint, error + " (gave up after " + job.attempts() + " attempts)");
    }
    requeue(job, error);
    Instant notBefore = retryAt != null ? retryAt : clock.instant().plus(settings.retryDelay());
    return RunResult.requeued(notBefore);
  }

  private void requeue(BackfillJob job, String why) {
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

  private RunResult fail(BackfillJob job, BackfillCheckpoint checkpoint, String error) {
    String message =
        error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
    LOG.log(Level.ERROR, () -> "backfill job %s failed: %s".formatted(job.jobId(), message));
    if (!jobs.finish(job.jobId(), BackfillStatus.FAILED, message, clock.instant())) {
      return lost(job, checkpoint);
    }
    return finished(job.jobId(), checkpoint);
  }

  private RunResult finished(String jobId, BackfillCheckpoint checkpoint) {
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

  private static double progress(BackfillJob job, Instant reached) {
    double total = Duration.between(job.startTime(), job.endTime()).toMillis();
    double done = Duration.between(job.startTime(), reached).toMillis();
    return Math.max(0, Math.min(99.9, 100 * done / total));
  }

  private void logProgress(
      BackfillJob job,
      double progress,
      BackfillCheckpoint checkpoint,
      long fetched,
      long inserted) {
    LOG.log(
        Level.INFO,
        () ->
            "backfill job %s %s: %.1f %% (%d pages, %d fetched, %d new, next from %s)"
                .formatted(
                    job.jobId(),
                    describe(job, checkpoint),
                    progress,
                    checkpoint.pages(),
                    fetched,
                    inserted,
                    checkpoint.cursor() == null ? job.startTime() : checkpoint.cursor().time()));
  }

  private static String describe(BackfillJob job, BackfillCheckpoint checkpoint) {
    return "%s %s%s [%s, %s)%s"
        .formatted(
            job.symbol(),
            job.dataType().name().toLowerCase(java.util.Locale.ROOT),
            job.timeframe() == null ? "" : " " + job.timeframe().code(),
            job.startTime(),
            job.endTime(),
            checkpoint.cursor() == null ? "" : ", resuming at " + checkpoint.cursor().time());
  }
}
