package com.mdm.adapter.out.mysql;

import com.mdm.domain.market.Symbol;
import com.mdm.domain.metadata.BackfillCheckpoint;
import com.mdm.domain.metadata.BackfillJob;
import com.mdm.domain.metadata.BackfillStatus;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.out.BackfillJobRepository;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Backfill jobs in the {@code backfill_jobs} table, claimed and requeued by compare-and-set on the
 * status.
 */
public final class JdbiBackfillJobRepository implements BackfillJobRepository {

  private final BackfillJobDao dao;

  public JdbiBackfillJobRepository(Jdbi jdbi) {
    this.dao = Objects.requireNonNull(jdbi, "jdbi must not be null").onDemand(BackfillJobDao.class);
  }

  @Override
  public void create(BackfillJob job) {
    Objects.requireNonNull(job, "job must not be null");
    dao.insert(BackfillJobMapper.toRow(job));
  }

  @Override
  public Optional<BackfillJob> get(String jobId) {
    Objects.requireNonNull(jobId, "jobId must not be null");
    return dao.get(jobId).map(BackfillJobMapper::toDomain);
  }

  @Override
  public List<BackfillJob> list(BackfillStatus status, Symbol symbol, PageRequest page) {
    Objects.requireNonNull(page, "page must not be null");
    return dao.list(Codes.name(status), Codes.symbol(symbol), page.limit(), page.offset()).stream()
        .map(BackfillJobMapper::toDomain)
        .toList();
  }

  @Override
  public Optional<BackfillJob> claimNext(String workerId, Instant now) {
    Objects.requireNonNull(workerId, "workerId must not be null");
    Objects.requireNonNull(now, "now must not be null");
    // A lost race means another worker took that job, so the pending set shrinks every round and
    // the loop ends; no row lock is held, which keeps it portable to H2.
    while (true) {
      Optional<String> candidate = dao.nextPendingId();
      if (candidate.isEmpty()) {
        return Optional.empty();
      }
      if (dao.claim(candidate.get(), workerId, now) == 1) {
        return get(candidate.get());
      }
    }
  }

  @Override
  public boolean updateProgress(
      String jobId,
      double progress,
      long recordsFetched,
      long recordsInserted,
      BackfillCheckpoint checkpoint,
      Instant now) {
    Objects.requireNonNull(jobId, "jobId must not be null");
    Objects.requireNonNull(now, "now must not be null");
    if (!(progress >= 0 && progress <= 100)) {
      throw new IllegalArgumentException("progress must be between 0 and 100 but was " + progress);
    }
    if (recordsFetched < 0 || recordsInserted < 0) {
      throw new IllegalArgumentException(
          "record counts must be >= 0 but were " + recordsFetched + " and " + recordsInserted);
    }
    return dao.updateProgress(
            jobId, progress, recordsFetched, recordsInserted, CheckpointJson.write(checkpoint), now)
        == 1;
  }

  @Override
  public boolean finish(String jobId, BackfillStatus status, String errorMessage, Instant now) {
    Objects.requireNonNull(jobId, "jobId must not be null");
    Objects.requireNonNull(status, "status must not be null");
    Objects.requireNonNull(now, "now must not be null");
    if (!status.isFinal()) {
      throw new IllegalArgumentException(
          "status must be COMPLETED, FAILED or CANCELLED to finish a job but was " + status);
    }
    return dao.finish(jobId, status.name(), errorMessage, now) == 1;
  }

  @Override
  public boolean cancel(String jobId, Instant now) {
    Objects.requireNonNull(jobId, "jobId must not be null");
    Objects.requireNonNull(now, "now must not be null");
    return dao.cancel(jobId, now) == 1;
  }

  @Override
  public boolean requeue(String jobId, Instant now) {
    Objects.requireNonNull(jobId, "jobId must not be null");
    Objects.requireNonNull(now, "now must not be null");
    return dao.requeue(jobId, now) == 1;
  }

  @Override
  public List<String> requeueStale(Instant updatedBefore, Instant now) {
    Objects.requireNonNull(updatedBefore, "updatedBefore must not be null");
    Objects.requireNonNull(now, "now must not be null");
    return dao.staleRunningIds(updatedBefore).stream()
        .filter(jobId -> dao.requeueIfStale(jobId, updatedBefore, now) == 1)
        .toList();
  }
}
