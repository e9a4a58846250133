package com.mdm.domain.port.out;

import java.time.Duration;

/**
 * A time-limited lease that at most one instance holds at a time, so that one replica does work the
 * others must not repeat. A holder that stops renewing loses the lease once {@link #period()}
 * passes, and another instance can then take it.
 */
public interface LeaderLease {

  /** How long the lease lasts without renewal; holders renew well within it. */
  Duration period();

  /**
   * Takes the lease when nobody holds it (or this instance already does). Returns whether this
   * instance holds it afterwards; a failure to reach the lease store counts as not holding it.
   */
  boolean tryAcquire();

  /**
   * Extends the lease this instance holds. Returns false, and this instance is no longer leader,
   * when the lease was lost to another instance or could not be renewed.
   */
  boolean renew();

  /** Gives the lease up at once, if held, so another instance can take it without waiting. */
  void release();

  /** Whether this instance holds the lease now (it was acquired or renewed within the period). */
  boolean isLeader();
}
