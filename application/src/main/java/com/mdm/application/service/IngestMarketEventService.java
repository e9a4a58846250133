package com.mdm.application.service;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.port.in.IngestCommand;
import com.mdm.domain.port.in.IngestMarketEventUseCase;
import com.mdm.domain.port.out.IngestMetrics;
import com.mdm.domain.port.out.SeriesStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Routes each event to the repository of its series, through one buffer per series that is written
 * as an unordered batch when full or when its delay runs out. A message's future completes only
 * after every batch holding one of its events is written, so acknowledging on completion never
 * acknowledges unstored data.
 */
public final class IngestMarketEventService implements IngestMarketEventUseCase, AutoCloseable {

  private final SeriesStore series;
  private final BatchSettings settings;
  private final IngestMetrics metrics;
  private final IngestObserver observer;
  private final ScheduledExecutorService timer;
  private final BatchWriter writer;
  private final Map<SeriesKey, SeriesBuffer> buffers = new ConcurrentHashMap<>();
  private final Set<CompletableFuture<Void>> inFlight = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  public IngestMarketEventService(
      SeriesStore series, BatchSettings settings, IngestMetrics metrics) {
    this(series, settings, metrics, IngestObserver.NONE);
  }

  public IngestMarketEventService(
      SeriesStore series, BatchSettings settings, IngestMetrics metrics, IngestObserver observer) {
    this.series = series;
    this.settings = settings;
    this.metrics = metrics;
    this.observer = observer;
    this.timer = Executors.newSingleThreadScheduledExecutor(daemon("ingest-batch-timer"));
    this.writer = new BatchWriter(series, metrics, observer);
  }

  @Override
  public CompletableFuture<Void> ingest(IngestCommand command) {
    if (closed) {
      return CompletableFuture.failedFuture(new IllegalStateException("ingest is shut down"));
    }
    observer.received(command.source());
    if (command.rejected() > 0) {
      observer.rejected(command.source(), command.sequence(), command.rejected());
    }
    if (command.events().isEmpty()) {
      return CompletableFuture.completedFuture(null);
    }
    // most messages carry one event: no list, no combined future
    CompletableFuture<Void> first = null;
    List<CompletableFuture<Void>> more = null;
    for (MarketEvent event : command.events()) {
      SeriesBuffer.Added added =
          buffer(event.seriesKey()).add(event, command.source(), command.sequence());
      CompletableFuture<Void> written = added.written();
      if (first == null) {
        first = written;
      } else if (written != first && (more == null || !containsSame(more, written))) {
        more = more == null ? new ArrayList<>(2) : more;
        more.add(written);
      }
      if (added.full() != null) {
        write(added.full());
      }
    }
    if (more == null) {
      return first;
    }
    more.add(first);
    return CompletableFuture.allOf(more.toArray(CompletableFuture[]::new));
  }

  /** Writes every buffered record now; completes when all writes under way have finished. */
  public CompletableFuture<Void> flush() {
    writeBuffered();
    return CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new));
  }

  /** Hands every buffered batch to the writer now, whether full or not. */
  @Override
  public void writeBuffered() {
    for (SeriesBuffer buffer : buffers.values()) {
      PendingBatch batch = buffer.takeAny();
      if (batch != null) {
        write(batch);
      }
    }
  }

  /** Stops accepting events, writes what is buffered and waits up to {@code timeout}. */
  public void close(Duration timeout) throws TimeoutException, InterruptedException {
    closed = true;
    try {
      flush().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      // the failed batches were reported to their callers, who will see them redelivered
    } finally {
      timer.shutdownNow();
      writer.close();
    }
  }

  @Override
  public void close() throws TimeoutException, InterruptedException {
    close(Duration.ofSeconds(30));
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  private static boolean containsSame(List<CompletableFuture<Void>> futures, Object future) {
    for (CompletableFuture<Void> present : futures) {
      if (present == future) {
        return true;
      }
    }
    return false;
  }

  private SeriesBuffer buffer(SeriesKey key) {
    SeriesBuffer present = buffers.get(key);
    if (present != null) {
      return present;
    }
    return buffers.computeIfAbsent(
        key, k -> new SeriesBuffer(k, settings.maxBatchSize(), this::scheduleFlush));
  }

  private void scheduleFlush(PendingBatch batch) {
    timer.schedule(
        () -> {
          PendingBatch due = buffers.get(batch.key).takeIfCurrent(batch);
          if (due != null) {
            write(due);
          }
        },
        settings.maxDelay().toNanos(),
        TimeUnit.NANOSECONDS);
  }

  private void write(PendingBatch batch) {
    inFlight.add(batch.written);
    batch.written.whenComplete((ignored, error) -> inFlight.remove(batch.written));
    writer.write(batch);
  }
}
