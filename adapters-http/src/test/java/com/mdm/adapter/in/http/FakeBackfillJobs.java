package com.mdm.adapter.in.http;

import com.mdm.domain.market.Symbol;
import com.mdm.domain.metadata.BackfillJob;
import com.mdm.domain.metadata.BackfillStatus;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.in.BackfillRequest;
import com.mdm.domain.port.in.ManageBackfillJobsUseCase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for the backfill use case, whose implementation is built on another branch: jobs in a
 * map, created pending, cancelled while not final.
 */
final class FakeBackfillJobs implements ManageBackfillJobsUseCase {

  private final Map<String, BackfillJob> jobs = new ConcurrentHashMap<>();

  @Override
  public BackfillJob create(BackfillRequest request) {
    Instant now = Instant.now();
    BackfillJob job =
        new BackfillJob(
            UUID.randomUUID().toString(),
            request.symbol(),
            request.dataType(),
            request.timeframe(),
            request.startTime(),
            request.endTime(),
            request.priority(),
            BackfillStatus.PENDING,
            0,
            0,
            0,
            null,
            null,
            0,
            null,
            now,
            null,
            null,
            now);
    jobs.put(job.jobId(), job);
    return job;
  }

  @Override
  public Optional<BackfillJob> get(String jobId) {
    return Optional.ofNullable(jobs.get(jobId));
  }

  @Override
  public List<BackfillJob> list(BackfillStatus status, Symbol symbol, PageRequest page) {
    return jobs.values().stream()
        .filter(job -> status == null || job.status() == status)
        .filter(job -> symbol == null || job.symbol().equals(symbol))
        .sorted(Comparator.comparing(BackfillJob::createdAt).reversed())
        .skip(page.offset())
        .limit(page.limit())
        .toList();
  }

  @Override
  public boolean cancel(String jobId) {
    BackfillJob job = jobs.get(jobId);
    if (job == null || job.status().isFinal()) {
      return false;
    }
    jobs.put(jobId, withStatus(job, BackfillStatus.CANCELLED));
    return true;
  }

  /** Moves a job on as the worker would, for tests of what the API shows. */
  void progress(String jobId, BackfillStatus status, double progress, long fetched) {
    BackfillJob job = jobs.get(jobId);
    Instant now = Instant.now();
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
            status,
            progress,
            fetched,
            fetched,
            "cp",
            null,
            1,
            "worker-1",
            job.createdAt(),
            now,
            status.isFinal() ? now : null,
            now));
  }

  List<BackfillJob> all() {
    return new ArrayList<>(jobs.values());
  }

  private static BackfillJob withStatus(BackfillJob job, BackfillStatus status) {
    Instant now = Instant.now();
    return new BackfillJob(
        job.jobId(),
        job.symbol(),
        job.dataType(),
        job.timeframe(),
        job.startTime(),
        job.endTime(),
        job.priority(),
        status,
        job.progress(),
        job.recordsFetched(),
        job.recordsInserted(),
        job.checkpoint(),
        job.errorMessage(),
        job.attempts(),
        job.claimedBy(),
        job.createdAt(),
        job.startedAt(),
        now,
        now);
  }
}
