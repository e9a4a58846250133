package com.mdm.testsupport.fake;

import com.mdm.domain.port.out.LeaderLease;
import java.time.Duration;

/**
 * A {@link LeaderLease} on an {@link InMemoryLeaseStore}, behaving as the NATS key-value lease
 * does: renewing writes at the revision last written, and this instance counts itself leader only
 * within one period of its last confirmed write.
 */
final class InMemoryLeaderLease implements LeaderLease {

  private final InMemoryLeaseStore store;
  private final String holderId;
  private long revision;
  private long confirmedAt;
  private boolean held;

  InMemoryLeaderLease(InMemoryLeaseStore store, String holderId) {
    this.store = store;
    this.holderId = holderId;
  }

  @Override
  public Duration period() {
    return store.period();
  }

  @Override
  public synchronized boolean tryAcquire() {
    long now = System.nanoTime();
    return confirm(store.take(holderId, now), now);
  }

  @Override
  public synchronized boolean renew() {
    if (!held) {
      return false;
    }
    long now = System.nanoTime();
    return confirm(store.update(revision, now), now);
  }

  @Override
  public synchronized void release() {
    if (held) {
      held = false;
      store.delete(revision);
    }
  }

  @Override
  public synchronized boolean isLeader() {
    return held && System.nanoTime() - confirmedAt < period().toNanos();
  }

  private boolean confirm(long newRevision, long now) {
    held = newRevision != 0;
    if (held) {
      revision = newRevision;
      confirmedAt = now;
    }
    return held;
  }
}
