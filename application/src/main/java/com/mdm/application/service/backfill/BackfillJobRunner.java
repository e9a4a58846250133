package com.mdm.application.service.backfill;

import com.mdm.domain.metadata.BackfillCheckpoint;
import com.mdm.domain.metadata.BackfillJob;
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
 * update is refused) and loss of the job to another worker; {@link JobEndings} decides how a run
 * ends.
 */
final class BackfillJobRunner {

  private static final System.Logger LOG = System.getLogger(BackfillJobRunner.class.getName());

  private final BackfillJobRepository jobs;
  private final PageFetcher fetcher;
  private final JobEndings endings;
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
    this.fetcher = fetcher;
    this.endings = new JobEndings(jobs, lineage, exchange, listener, settings, clock);
    this.settings = settings;
    this.clock = clock;
  }

  RunResult run(BackfillJob job) {
    BackfillCheckpoint checkpoint =
        job.checkpoint() == null ? BackfillCheckpoint.NONE : job.checkpoint();
    LOG.log(
        Level.INFO, () -> "backfill job %s: %s".formatted(job.jobId(), describe(job, checkpoint)));
    try {
      return pages(job, checkpoint);
    } catch (CancellationException | InterruptedException e) {
      // hand the job back with the flag cleared, so the database call is not cut short by it
      Thread.interrupted();
      endings.requeue(job, "worker stopping");
      Thread.currentThread().interrupt();
      return RunResult.requeued(null);
    } catch (ExchangeException e) {
      return e.retryable()
          ? endings.retry(job, checkpoint, e.getMessage(), e.retryAt())
          : endings.fail(job, checkpoint, e.getMessage());
    } catch (ExecutionException | TimeoutException e) {
      String cause = e instanceof ExecutionException ? String.valueOf(e.getCause()) : "timed out";
      return endings.retry(job, checkpoint, "storing a page failed: " + cause, null);
    } catch (RuntimeException e) {
      return endings.retry(job, checkpoint, "unexpected error: " + e, null);
    }
  }

  private RunResult pages(BackfillJob claimed, BackfillCheckpoint start)
      throws InterruptedException, ExecutionException, TimeoutException {
    BackfillCheckpoint checkpoint = start;
    HistoryCursor cursor =
        start.time() == null
            ? HistoryCursor.at(claimed.startTime())
            : new HistoryCursor(start.time(), start.fromId());
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
      HistoryCursor resume = next == null ? cursor : next;
      checkpoint = checkpoint.after(resume.time(), resume.fromId());
      double progress = next == null ? 100 : progress(claimed, next.time());
      Instant now = clock.instant();
      if (!jobs.updateProgress(claimed.jobId(), progress, fetched, inserted, checkpoint, now)) {
        return endings.lost(claimed, checkpoint);
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
    return endings.completed(claimed, checkpoint);
  }

  private boolean stillMine(BackfillJob claimed) {
    return jobs.get(claimed.jobId())
        .filter(job -> settings.workerId().equals(job.claimedBy()))
        .filter(job -> job.attempts() == claimed.attempts())
        .isPresent();
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
                    checkpoint.time() == null ? job.startTime() : checkpoint.time()));
  }

  private static String describe(BackfillJob job, BackfillCheckpoint checkpoint) {
    return "%s %s%s [%s, %s)%s"
        .formatted(
            job.symbol(),
            job.dataType().name().toLowerCase(java.util.Locale.ROOT),
            job.timeframe() == null ? "" : " " + job.timeframe().code(),
            job.startTime(),
            job.endTime(),
            checkpoint.time() == null ? "" : ", resuming at " + checkpoint.time());
  }
}
