package com.mdm.testsupport.fake;

import com.mdm.domain.market.Symbol;
import com.mdm.domain.metadata.BackfillCheckpoint;
import com.mdm.domain.metadata.BackfillJob;
import com.mdm.domain.metadata.BackfillStatus;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.out.BackfillJobRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Backfill jobs in memory, changed as the Jdbi repository changes them: every change is a
 * compare-and-set on the status (one at a time, so {@link #claimNext} is atomic), claims take the
 * highest priority then the oldest, lists come newest first. Not final, so that a test can watch
 * its calls.
 */
public class InMemoryBackfillJobRepository implements BackfillJobRepository {

  private static final Comparator<BackfillJob> NEXT_TO_CLAIM =
      Comparator.comparing(BackfillJob::priority)
          .reversed()
          .thenComparing(BackfillJob::createdAt)
          .thenComparing(BackfillJob::jobId);
  private static final Comparator<BackfillJob> NEWEST_FIRST =
      Comparator.comparing(BackfillJob::createdAt).thenComparing(BackfillJob::jobId).reversed();

  private final Map<String, BackfillJob> jobs = new LinkedHashMap<>();

  @Override
  public synchronized void create(BackfillJob job) {
    Objects.requireNonNull(job, "job must not be null");
    if (jobs.putIfAbsent(job.jobId(), job) != null) {
      throw new IllegalStateException("job " + job.jobId() + " exists already");
    }
  }

  @Override
  public synchronized Optional<BackfillJob> get(String jobId) {
    return Optional.ofNullable(jobs.get(Objects.requireNonNull(jobId, "jobId must not be null")));
  }

  @Override
  public synchronized List<BackfillJob> list(
      BackfillStatus status, Symbol symbol, PageRequest page) {
    Objects.requireNonNull(page, "page must not be null");
    return jobs.values().stream()
        .filter(job -> status == null || job.status() == status)
        .filter(job -> symbol == null || job.symbol().equals(symbol))
        .sorted(NEWEST_FIRST)
        .skip(page.offset())
        .limit(page.limit())
        .toList();
  }

  @Override
  public synchronized Optional<BackfillJob> claimNext(String workerId, Instant now) {
    Objects.requireNonNull(workerId, "workerId must not be null");
    Objects.requireNonNull(now, "now must not be null");
    return jobs.values().stream()
        .filter(job -> job.status() == BackfillStatus.PENDING)
        .min(NEXT_TO_CLAIM)
        .map(
            job -> store(j -> j.status(BackfillStatus.RUNNING).claimedBy(workerId, now), job, now));
  }

  @Override
  public synchronized boolean updateProgress(
      String jobId,
      double progress,
      long recordsFetched,
      long recordsInserted,
      BackfillCheckpoint checkpoint,
      Instant now) {
    if (!(progress >= 0 && progress <= 100)) {
      throw new IllegalArgumentException("progress must be between 0 and 100 but was " + progress);
    }
    if (recordsFetched < 0 || recordsInserted < 0) {
      throw new IllegalArgumentException(
          "record counts must be >= 0 but were " + recordsFetched + " and " + recordsInserted);
    }
    return change(
        jobId,
        job -> job.status() == BackfillStatus.RUNNING,
        j -> j.progress(progress, recordsFetched, recordsInserted, checkpoint),
        now);
  }

  @Override
  public synchronized boolean finish(
      String jobId, BackfillStatus status, String errorMessage, Instant now) {
    Objects.requireNonNull(status, "status must not be null");
    if (!status.isFinal()) {
      throw new IllegalArgumentException(
          "status must be COMPLETED, FAILED or CANCELLED to finish a job but was " + status);
    }
    return change(
        jobId,
        job -> job.status() == BackfillStatus.RUNNING,
        j -> j.status(status).errorMessage(errorMessage).completed(now),
        now);
  }

  @Override
  public synchronized boolean cancel(String jobId, Instant now) {
    return change(
        jobId,
        job -> !job.status().isFinal(),
        j -> j.status(BackfillStatus.CANCELLED).completed(now),
        now);
  }

  @Override
  public synchronized boolean requeue(String jobId, Instant now) {
    return change(
        jobId,
        job -> job.status() == BackfillStatus.RUNNING,
        j -> j.status(BackfillStatus.PENDING).unclaimed(),
        now);
  }

  @Override
  public synchronized List<String> requeueStale(Instant updatedBefore, Instant now) {
    Objects.requireNonNull(updatedBefore, "updatedBefore must not be null");
    List<String> stale =
        jobs.values().stream()
            .filter(job -> job.status() == BackfillStatus.RUNNING)
            .filter(job -> job.updatedAt().isBefore(updatedBefore))
            .sorted(Comparator.comparing(BackfillJob::updatedAt).thenComparing(BackfillJob::jobId))
            .map(BackfillJob::jobId)
            .toList();
    stale.forEach(jobId -> requeue(jobId, now));
    return stale;
  }

  /** Applies {@code update} when the job exists and passes {@code guard}, as a guarded UPDATE. */
  private boolean change(
      String jobId, Predicate<BackfillJob> guard, UnaryOperator<JobUpdate> update, Instant now) {
    Objects.requireNonNull(jobId, "jobId must not be null");
    Objects.requireNonNull(now, "now must not be null");
    BackfillJob job = jobs.get(jobId);
    if (job == null || !guard.test(job)) {
      return false;
    }
    store(update, job, now);
    return true;
  }

  private BackfillJob store(UnaryOperator<JobUpdate> update, BackfillJob job, Instant now) {
    BackfillJob changed = update.apply(JobUpdate.of(job)).at(now);
    jobs.put(job.jobId(), changed);
    return changed;
  }
}
