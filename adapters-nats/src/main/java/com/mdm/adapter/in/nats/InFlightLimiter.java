package com.mdm.adapter.in.nats;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Bounds messages taken but not yet settled, so memory stays bounded when storage slows. */
final class InFlightLimiter {

  private final int max;
  private final Semaphore permits;

  InFlightLimiter(int max, ListenerMetrics metrics) {
    this.max = max;
    this.permits = new Semaphore(max);
    // the gauge reads the bound when scraped rather than being written twice per message
    metrics.inFlightFrom(this::inFlight);
  }

  void acquire() throws InterruptedException {
    permits.acquire();
  }

  /** Takes a permit if one comes within {@code wait}; false when the bound stayed full. */
  boolean tryAcquire(Duration wait) throws InterruptedException {
    return permits.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
  }

  void release() {
    permits.release();
  }

  /** Messages taken and not yet settled. */
  int inFlight() {
    return max - permits.availablePermits();
  }

  boolean awaitIdle(Duration timeout) throws InterruptedException {
    if (!permits.tryAcquire(max, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      return false;
    }
    permits.release(max);
    return true;
  }
}
