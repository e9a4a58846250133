package com.mdm.application.service.backfill;

import com.mdm.domain.market.Symbol;
import com.mdm.domain.metadata.BackfillCheckpoint;
import com.mdm.domain.metadata.BackfillJob;
import com.mdm.domain.metadata.BackfillStatus;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.out.BackfillJobRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Backfill jobs in memory, with the compare-and-set semantics of the Jdbi repository. */
final class InMemoryBackfillJobs implements BackfillJobRepository {

  private final Map<String, BackfillJob> jobs = new LinkedHashMap<>();
  final List<BackfillCheckpoint> checkpoints = new ArrayList<>();

  @Override
  public synchronized void create(BackfillJob job) {
    jobs.put(job.jobId(), job);
  }

  @Override
  public synchronized Optional<BackfillJob> get(String jobId) {
    return Optional.ofNullable(jobs.get(jobId));
  }

  @Override
  public synchronized List<BackfillJob> list(
      BackfillStatus status, Symbol symbol, PageRequest page) {
    return jobs.values().stream()
        .filter(job -> status == null || job.status() == status)
        .filter(job -> symbol == null || job.symbol().equals(symbol))
        .sorted(Comparator.comparing(BackfillJob::createdAt).reversed())
        .skip(page.offset())
        .limit(page.limit())
        .toList();
  }

  @Override
  public synchronized Optional<BackfillJob> claimNext(String workerId, Instant now) {
    Optional<BackfillJob> next =
        jobs.values().stream()
            .filter(job -> job.status() == BackfillStatus.PENDING)
            .min(
                Comparator.comparing((BackfillJob job) -> -job.priority())
                    .thenComparing(BackfillJob::createdAt));
    next.ifPresent(
        job ->
            update(
                job.jobId(),
                j -> with(j, BackfillStatus.RUNNING, workerId, j.attempts() + 1, now, null, now)));
    return next.map(job -> jobs.get(job.jobId()));
  }

  @Override
  public synchronized boolean updateProgress(
      String jobId,
      double progress,
      long recordsFetched,
      long recordsInserted,
      BackfillCheckpoint checkpoint,
      Instant now) {
    BackfillJob job = jobs.get(jobId);
    if (job == null || job.status() != BackfillStatus.RUNNING) {
      return false;
    }
    checkpoints.add(checkpoint);
    jobs.put(
        jobId,
        new BackfillJob(
            job.jobId(),
            job.symbol(),
            job.dataType(),
            job.timeframe(),
            job.startTime(),
            job.endTime(),
            job.priority(),
            job.status(),
            progress,
            recordsFetched,
            recordsInserted,
            checkpoint,
            job.errorMessage(),
            job.attempts(),
            job.claimedBy(),
            job.createdAt(),
            job.startedAt(),
            job.completedAt(),
            now));
    return true;
  }

  @Override
  public synchronized boolean finish(
      String jobId, BackfillStatus status, String errorMessage, Instant now) {
    BackfillJob job = jobs.get(jobId);
    if (job == null || job.status() != BackfillStatus.RUNNING) {
      return false;
    }
    update(
        jobId,
        j ->
            withError(
                with(j, status, j.claimedBy(), j.attempts(), j.startedAt(), now, now),
                errorMessage));
    return true;
  }

  @Override
  public synchronized boolean cancel(String jobId, Instant now) {
    BackfillJob job = jobs.get(jobId);
    if (job == null || job.status().isFinal()) {
      return false;
    }
    update(
        jobId,
        j ->
            with(
                j, BackfillStatus.CANCELLED, j.claimedBy(), j.attempts(), j.startedAt(), now, now));
    return true;
  }

  @Override
  public synchronized boolean requeue(String jobId, Instant now) {
    BackfillJob job = jobs.get(jobId);
    if (job == null || job.status() != BackfillStatus.RUNNING) {
      return false;
    }
    update(
        jobId, j -> with(j, BackfillStatus.PENDING, null, j.attempts(), j.startedAt(), null, now));
    return true;
  }

  @Override
  public synchronized List<String> requeueStale(Instant updatedBefore, Instant now) {
    List<String> stale =
        jobs.values().stream()
            .filter(job -> job.status() == BackfillStatus.RUNNING)
            .filter(job -> job.updatedAt().isBefore(updatedBefore))
            .map(BackfillJob::jobId)
            .toList();
    stale.forEach(id -> requeue(id, now));
    return stale;
  }

  private void update(String jobId, UnaryOperator<BackfillJob> change) {
    jobs.put(jobId, change.apply(jobs.get(jobId)));
  }

  private static BackfillJob with(
      BackfillJob j,
      BackfillStatus status,
      String claimedBy,
      int attempts,
      Instant startedAt,
      Instant completedAt,
      Instant now) {
    return new BackfillJob(
        j.jobId(),
        j.symbol(),
        j.dataType(),
        j.timeframe(),
        j.startTime(),
        j.endTime(),
        j.priority(),
        status,
        j.progress(),
        j.recordsFetched(),
        j.recordsInserted(),
        j.checkpoint(),
        j.errorMessage(),
        attempts,
        claimedBy,
        j.createdAt(),
        startedAt,
        completedAt,
        now);
  }

  private static BackfillJob withError(BackfillJob j, String errorMessage) {
    return new BackfillJob(
        j.jobId(),
        j.symbol(),
        j.dataType(),
        j.timeframe(),
        j.startTime(),
        j.endTime(),
        j.priority(),
        j.status(),
        j.progress(),
        j.recordsFetched(),
        j.recordsInserted(),
        j.checkpoint(),
        errorMessage,
        j.attempts(),
        j.claimedBy(),
        j.createdAt(),
        j.startedAt(),
        j.completedAt(),
        j.updatedAt());
  }
}
