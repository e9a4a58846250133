package com.mdm.application.service.metadata;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Performs metadata writes on a thread of its own, so that a slow or absent metadata database never
 * slows market-data ingest. Writes wait in a bounded queue; a write that fails stays at the head
 * and is retried with backoff (counted as deferred); when the queue is full the oldest write is
 * dropped (counted as dropped).
 */
public final class MetadataWriter implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(MetadataWriter.class.getName());
  private static final Duration FIRST_RETRY = Duration.ofMillis(500);
  private static final Duration MAX_RETRY = Duration.ofSeconds(30);

  private final int capacity;
  private final Deque<MetadataWrite> queue = new ArrayDeque<>();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final AtomicLong written = new AtomicLong();
  private final AtomicLong deferred = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private final Thread worker;
  private volatile boolean healthy = true;
  private volatile boolean closed;

  public MetadataWriter(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be >= 1 but was " + capacity);
    }
    this.capacity = capacity;
    this.worker = Thread.ofPlatform().name("metadata-writer").daemon().start(this::run);
  }

  /** Queues a write; never blocks. */
  public void submit(MetadataWrite write) {
    lock.lock();
    try {
      if (queue.size() >= capacity) {
        MetadataWrite lost = queue.pollFirst();
        long total = dropped.incrementAndGet();
        LOG.log(
            System.Logger.Level.WARNING,
            "metadata queue full ({0}): dropped {1}; {2} writes dropped in all",
            capacity,
            lost.description(),
            String.valueOf(total));
      }
      queue.addLast(write);
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private void run() {
    Duration backoff = FIRST_RETRY;
    while (!closed) {
      MetadataWrite next = awaitNext();
      if (next == null) {
        continue;
      }
      try {
        next.run();
        written.incrementAndGet();
        healthy = true;
        backoff = FIRST_RETRY;
        remove(next);
      } catch (RuntimeException e) {
        deferred.incrementAndGet();
        if (healthy) {
          LOG.log(
              System.Logger.Level.WARNING,
              "metadata write failed, keeping it and retrying: {0}: {1}",
              next.description(),
              e.toString());
        }
        healthy = false;
        sleep(backoff);
        backoff =
            backoff.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY : backoff.multipliedBy(2);
      }
    }
  }

  private MetadataWrite awaitNext() {
    lock.lock();
    try {
      while (queue.isEmpty() && !closed) {
        changed.await(1, TimeUnit.SECONDS);
      }
      return queue.peekFirst();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closed = true;
      return null;
    } finally {
      lock.unlock();
    }
  }

  private void remove(MetadataWrite done) {
    lock.lock();
    try {
      if (queue.peekFirst() == done) {
        queue.pollFirst();
      }
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private void sleep(Duration duration) {
    lock.lock();
    try {
      changed.await(duration.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closed = true;
    } finally {
      lock.unlock();
    }
  }

  /** Waits until the queue is empty or {@code timeout} passes; true when empty. */
  public boolean drain(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    lock.lock();
    try {
      while (!queue.isEmpty()) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        changed.await(left, TimeUnit.NANOSECONDS);
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  /** Whether the last write attempt succeeded (true before the first). */
  public boolean healthy() {
    return healthy;
  }

  public int pending() {
    lock.lock();
    try {
      return queue.size();
    } finally {
      lock.unlock();
    }
  }

  public long writtenCount() {
    return written.get();
  }

  /** Failed attempts that were kept for a retry. */
  public long deferredCount() {
    return deferred.get();
  }

  /** Writes given up because the queue was full. */
  public long droppedCount() {
    return dropped.get();
  }

  @Override
  public void close() {
    closed = true;
    worker.interrupt();
  }
}
