package com.mdm.application.service.backfill;

import com.mdm.domain.metadata.BackfillJob;
import com.mdm.domain.port.out.BackfillJobRepository;
import com.mdm.domain.port.out.ExchangeHistoryClient;
import com.mdm.domain.port.out.LineageRepository;
import com.mdm.domain.port.out.SeriesStore;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Claims pending backfill jobs, highest priority first, and runs up to {@code concurrency} of them
 * at once. The claim is atomic in the repository, so replicas never run the same job. Every poll
 * also puts back to pending the running jobs whose worker went silent for {@code staleAfter}, so a
 * job survives the death of its replica and resumes from its checkpoint. {@link #stop} interrupts
 * the running jobs, which put themselves back to pending for the next start.
 */
public final class BackfillWorker implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(BackfillWorker.class.getName());

  private final BackfillJobRepository jobs;
  private final BackfillJobRunner runner;
  private final BackfillSettings settings;
  private final Clock clock;
  private final Semaphore slots;
  private final ScheduledExecutorService poller;
  private final ExecutorService pool;
  private volatile Instant claimsPausedUntil = Instant.MIN;
  private volatile boolean stopping;

  public BackfillWorker(
      BackfillJobRepository jobs,
      LineageRepository lineage,
      ExchangeHistoryClient exchange,
      SeriesStore series,
      BackfillJobListener listener,
      BackfillSettings settings,
      Clock clock) {
    this.jobs = Objects.requireNonNull(jobs, "jobs must not be null");
    this.settings = Objects.requireNonNull(settings, "settings must not be null");
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
    this.runner =
        new BackfillJobRunner(
            jobs,
            Objects.requireNonNull(lineage, "lineage must not be null"),
            Objects.requireNonNull(exchange, "exchange must not be null"),
            new PageFetcher(
                exchange,
                Objects.requireNonNull(series, "series must not be null"),
                settings.writeTimeout()),
            Objects.requireNonNull(listener, "listener must not be null"),
            settings,
            clock);
    this.slots = new Semaphore(settings.concurrency());
    this.poller = Executors.newSingleThreadScheduledExecutor(threads("backfill-poll"));
    this.pool = Executors.newFixedThreadPool(settings.concurrency(), threads("backfill-job"));
  }

  /** Starts polling every {@code pollInterval}. */
  public void start() {
    poller.scheduleWithFixedDelay(
        this::pollQuietly, 0, settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    LOG.log(
        Level.INFO,
        () ->
            "backfill worker %s started: %d jobs at a time"
                .formatted(settings.workerId(), settings.concurrency()));
  }

  /**
   * One round: requeues stale running jobs, then claims pending jobs into free slots. Returns how
   * many it claimed.
   */
  public int poll() {
    Instant now = clock.instant();
    List<String> stale = jobs.requeueStale(now.minus(settings.staleAfter()), now);
    if (!stale.isEmpty()) {
      LOG.log(
          Level.WARNING,
          () -> "backfill jobs %s went silent; put back to pending to resume".formatted(stale));
    }
    int claimed = 0;
    while (!stopping && !now.isBefore(claimsPausedUntil) && slots.tryAcquire()) {
      Optional<BackfillJob> job;
      try {
        job = jobs.claimNext(settings.workerId(), clock.instant());
      } catch (RuntimeException e) {
        slots.release();
        throw e;
      }
      if (job.isEmpty()) {
        slots.release();
        break;
      }
      try {
        pool.execute(() -> run(job.get()));
        claimed++;
      } catch (RejectedExecutionException e) {
        // stopped between the claim and the start: hand the job back untouched
        slots.release();
        jobs.requeue(job.get().jobId(), clock.instant());
      }
    }
    return claimed;
  }

  /** Jobs running on this worker now. */
  public int runningJobs() {
    return settings.concurrency() - slots.availablePermits();
  }

  /**
   * Stops claiming, interrupts the running jobs (each puts itself back to pending) and waits up to
   * {@code timeout} for them.
   */
  public void stop(Duration timeout) {
    stopping = true;
    poller.shutdownNow();
    pool.shutdownNow();
    try {
      if (!pool.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.log(Level.WARNING, "backfill jobs still running after " + timeout);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    stop(Duration.ofSeconds(30));
  }

  private void run(BackfillJob job) {
    try {
      RunResult result = runner.run(job);
      if (result.retryNotBefore() != null) {
        Instant until = result.retryNotBefore();
        if (until.isAfter(claimsPausedUntil)) {
          claimsPausedUntil = until;
        }
        LOG.log(Level.WARNING, () -> "backfill worker claims nothing before " + until);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "backfill job " + job.jobId() + " stopped unexpectedly", e);
    } finally {
      slots.release();
      if (!stopping) {
        try {
          poller.execute(this::pollQuietly);
        } catch (RejectedExecutionException e) {
          // stopping meanwhile
        }
      }
    }
  }

  private void pollQuietly() {
    try {
      poll();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "backfill poll failed; trying again in " + settings.pollInterval(), e);
    }
  }

  private static ThreadFactory threads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
