package com.mdm.testsupport.fake;

import com.mdm.domain.port.out.LeaderLease;
import java.time.Duration;
import java.util.Objects;

/**
 * One lease kept in memory, which the {@link InMemoryLeaderLease}s made from it compete for as
 * replicas compete for the NATS key: an entry with a holder and a revision that lapses one period
 * after it was last written.
 */
public final class InMemoryLeaseStore {

  private final Duration period;
  private String holder;
  private long revision;
  private long writtenAt;

  public InMemoryLeaseStore(Duration period) {
    this.period = Objects.requireNonNull(period, "period must not be null");
  }

  /** A lease of {@code holderId}, which several instances may share after a restart. */
  public LeaderLease lease(String holderId) {
    return new InMemoryLeaderLease(this, Objects.requireNonNull(holderId, "holderId"));
  }

  Duration period() {
    return period;
  }

  /**
   * Writes the entry for {@code holderId} when it has lapsed or is that holder's own; returns the
   * new revision, or 0 when another holder's entry lives.
   */
  synchronized long take(String holderId, long now) {
    if (live(now) && !holderId.equals(holder)) {
      return 0;
    }
    holder = holderId;
    return write(now);
  }

  /**
   * Writes the entry again at {@code expected}; returns the new revision, or 0 when it moved on.
   */
  synchronized long update(long expected, long now) {
    return live(now) && revision == expected ? write(now) : 0;
  }

  /** Deletes the entry if it is still at {@code expected}. */
  synchronized void delete(long expected) {
    if (revision == expected) {
      holder = null;
    }
  }

  private boolean live(long now) {
    return holder != null && now - writtenAt < period.toNanos();
  }

  private long write(long now) {
    writtenAt = now;
    return ++revision;
  }
}
