package com.mdm.application.service;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.SeriesKey;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Collects the records of one series into batches. A batch is handed to the flusher when it is full
 * or when its delay runs out; the lock is never held while a batch is written.
 */
final class SeriesBuffer {

  private final SeriesKey key;
  private final int maxBatchSize;
  private final Consumer<PendingBatch> onFirstRecord;
  private PendingBatch current;

  SeriesBuffer(SeriesKey key, int maxBatchSize, Consumer<PendingBatch> onFirstRecord) {
    this.key = key;
    this.maxBatchSize = maxBatchSize;
    this.onFirstRecord = onFirstRecord;
  }

  /** What adding a record did: the batch it joined, and that batch if it is now full. */
  record Added(CompletableFuture<Void> written, PendingBatch full) {}

  Added add(MarketEvent record, String source, long sequence) {
    PendingBatch full = null;
    PendingBatch started = null;
    CompletableFuture<Void> written;
    synchronized (this) {
      if (current == null) {
        current = new PendingBatch(key, maxBatchSize);
        started = current;
      }
      current.add(record, source, sequence);
      written = current.written;
      if (current.records.size() >= maxBatchSize) {
        full = current;
        current = null;
      }
    }
    if (started != null && full == null) {
      onFirstRecord.accept(started);
    }
    return new Added(written, full);
  }

  /** Detaches {@code batch} if it is still the one being filled; returns it, or null. */
  synchronized PendingBatch takeIfCurrent(PendingBatch batch) {
    if (current == batch) {
      current = null;
      return batch;
    }
    return null;
  }

  /** Detaches whatever is being filled; returns it, or null. */
  synchronized PendingBatch takeAny() {
    PendingBatch batch = current;
    current = null;
    return batch;
  }
}
