package com.mdm.bootstrap;

import com.mdm.domain.market.Symbol;
import com.mdm.domain.metadata.BackfillCheckpoint;
import com.mdm.domain.metadata.BackfillJob;
import com.mdm.domain.metadata.BackfillStatus;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.out.BackfillJobRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The job repository as seen by a process that gets killed: after {@code progressUpdates} updates
 * every call fails, so nothing more reaches the database, as if the process had died there.
 */
final class DyingJobRepository implements BackfillJobRepository {

  private final BackfillJobRepository delegate;
  private final AtomicInteger updatesLeft;

  DyingJobRepository(BackfillJobRepository delegate, int progressUpdates) {
    this.delegate = delegate;
    this.updatesLeft = new AtomicInteger(progressUpdates);
  }

  boolean dead() {
    return updatesLeft.get() < 0;
  }

  private void alive() {
    if (dead()) {
      throw new IllegalStateException("the worker's process was killed");
    }
  }

  @Override
  public void create(BackfillJob job) {
    alive();
    delegate.create(job);
  }

  @Override
  public Optional<BackfillJob> get(String jobId) {
    alive();
    return delegate.get(jobId);
  }

  @Override
  public List<BackfillJob> list(BackfillStatus status, Symbol symbol, PageRequest page) {
    alive();
    return delegate.list(status, symbol, page);
  }

  @Override
  public Optional<BackfillJob> claimNext(String workerId, Instant now) {
    alive();
    return delegate.claimNext(workerId, now);
  }

  @Override
  public boolean updateProgress(
      String jobId,
      double progress,
      long recordsFetched,
      long recordsInserted,
      BackfillCheckpoint checkpoint,
      Instant now) {
    if (updatesLeft.decrementAndGet() < 0) {
      alive();
    }
    return delegate.updateProgress(
        jobId, progress, recordsFetched, recordsInserted, checkpoint, now);
  }

  @Override
  public boolean finish(String jobId, BackfillStatus status, String errorMessage, Instant now) {
    alive();
    return delegate.finish(jobId, status, errorMessage, now);
  }

  @Override
  public boolean cancel(String jobId, Instant now) {
    alive();
    return delegate.cancel(jobId, now);
  }

  @Override
  public boolean requeue(String jobId, Instant now) {
    alive();
    return delegate.requeue(jobId, now);
  }

  @Override
  public List<String> requeueStale(Instant updatedBefore, Instant now) {
    alive();
    return delegate.requeueStale(updatedBefore, now);
  }
}
