package com.mdm.application.service;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.RecordOrigin;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.port.out.IngestMetrics;
import com.mdm.domain.port.out.SeriesStore;
import com.mdm.domain.port.out.WriteResult;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Writes a detached batch to its repository and completes the batch's future once written (or
 * failed), after the observer and the meters have seen it. Completion runs on a thread of its own,
 * not on the store driver's I/O thread: completing a batch settles its messages (up to {@code
 * MAX_BATCH_SIZE} acknowledgements), and a profile showed the driver's thread blocked behind them.
 */
final class BatchWriter implements AutoCloseable {

  private final SeriesStore series;
  private final IngestMetrics metrics;
  private final IngestObserver observer;
  private final ExecutorService completions =
      Executors.newSingleThreadExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "ingest-batch-completion");
            thread.setDaemon(true);
            return thread;
          });

  BatchWriter(SeriesStore series, IngestMetrics metrics, IngestObserver observer) {
    this.series = series;
    this.metrics = metrics;
    this.observer = observer;
  }

  void write(PendingBatch batch) {
    long started = System.nanoTime();
    int size = batch.records.size();
    CompletableFuture<WriteResult> write;
    try {
      write =
          saveAll(
              series,
              batch.key.type(),
              batch.key.type().recordType(),
              batch.records,
              batch.origins);
    } catch (RuntimeException e) {
      write = CompletableFuture.failedFuture(e);
    }
    write.whenCompleteAsync(
        (result, error) -> {
          if (error != null) {
            batch.written.completeExceptionally(error);
            metrics.batchFailed(batch.key.type(), size, error);
          } else {
            Duration latency = Duration.ofNanos(System.nanoTime() - started);
            // observed before completion, so whoever waits on it finds the bookkeeping done
            observe(batch, size, result, latency);
            metrics.batchWritten(batch.key.type(), size, result, latency);
            batch.written.complete(null);
          }
        },
        completions);
  }

  private void observe(PendingBatch batch, int size, WriteResult result, Duration latency) {
    try {
      observer.written(
          batch.key,
          new BatchOutcome(
              batch.source,
              size,
              result,
              latency,
              batch.firstTime,
              batch.lastTime,
              batch.firstSequence,
              batch.lastSequence));
    } catch (RuntimeException e) {
      // bookkeeping must never hold up or fail ingest
    }
  }

  /** A batch holds one series, so every record is of the type's record class. */
  private static <T extends MarketEvent> CompletableFuture<WriteResult> saveAll(
      SeriesStore series,
      SeriesType type,
      Class<T> recordType,
      List<MarketEvent> records,
      List<RecordOrigin> origins) {
    // every record of the batch was routed here by its series key, so it is of recordType; the
    // list is handed on as it is rather than copied record by record
    @SuppressWarnings("unchecked")
    List<T> typed = (List<T>) (List<? extends MarketEvent>) records;
    return series.repository(type, recordType).saveAll(typed, origins);
  }

  /** Lets the completions already queued run, then stops. */
  @Override
  public void close() {
    completions.shutdown();
  }
}
