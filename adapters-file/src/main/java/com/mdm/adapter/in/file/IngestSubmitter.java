package com.mdm.adapter.in.file;

import com.mdm.domain.port.in.IngestCommand;
import com.mdm.domain.port.in.IngestMarketEventUseCase;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands commands to the ingest use case with at most {@code maxInFlight} unsettled, retrying a
 * failed store with backoff; after {@code maxAttempts} the import is failed, never silently short.
 */
final class IngestSubmitter implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(IngestSubmitter.class);
  static final int MAX_ATTEMPTS = 6;

  private final IngestMarketEventUseCase ingest;
  private final int maxInFlight;
  private final Duration firstRetry;
  private final Semaphore permits;
  private final AtomicReference<String> failure = new AtomicReference<>();
  private final ScheduledExecutorService retries =
      Executors.newSingleThreadScheduledExecutor(
          r -> Thread.ofPlatform().name("import-retry").daemon().unstarted(r));

  IngestSubmitter(IngestMarketEventUseCase ingest, int maxInFlight, Duration firstRetry) {
    this.ingest = ingest;
    this.maxInFlight = maxInFlight;
    this.firstRetry = firstRetry;
    this.permits = new Semaphore(maxInFlight);
  }

  void submit(IngestCommand command) throws InterruptedException {
    permits.acquire();
    attempt(command, 1);
  }

  private void attempt(IngestCommand command, int attempt) {
    ingest
        .ingest(command)
        .whenComplete(
            (ok, error) -> {
              if (error == null) {
                permits.release();
              } else if (attempt < MAX_ATTEMPTS && failure.get() == null) {
                long delay = firstRetry.toMillis() << (attempt - 1);
                LOG.warn(
                    "storing line {} failed, retrying in {} ms: {}",
                    command.sequence(),
                    delay,
                    error.getMessage());
                retries.schedule(() -> attempt(command, attempt + 1), delay, TimeUnit.MILLISECONDS);
              } else {
                failure.compareAndSet(
                    null,
                    "storing line "
                        + command.sequence()
                        + " of "
                        + command.source()
                        + " failed "
                        + attempt
                        + " times: "
                        + error.getMessage());
                permits.release();
              }
            });
  }

  /** Waits until everything submitted is stored or given up; false if the wait timed out. */
  boolean awaitSettled(Duration timeout) throws InterruptedException {
    if (!permits.tryAcquire(maxInFlight, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      return false;
    }
    permits.release(maxInFlight);
    return true;
  }

  /** Why storing failed for good, or null. */
  String failure() {
    return failure.get();
  }

  @Override
  public void close() {
    retries.shutdownNow();
  }
}
