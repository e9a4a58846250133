package com.mdm.bootstrap;

import com.mdm.adapter.out.mysql.MysqlMetadataStore;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the metadata schema up to date without holding up market-data ingest: when MySQL cannot be
 * reached at start-up the migration is retried in the background until it succeeds.
 */
@Singleton
final class MetadataStore implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(MetadataStore.class);
  private static final Duration RETRY = Duration.ofSeconds(10);

  private final MysqlMetadataStore store;
  private final ScheduledExecutorService retries =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> Thread.ofPlatform().name("metadata-migrate").daemon().unstarted(runnable));
  private volatile boolean ready;

  @Inject
  MetadataStore(MysqlMetadataStore store) {
    this.store = store;
  }

  void start() {
    if (!migrate()) {
      retries.scheduleWithFixedDelay(
          () -> {
            if (migrate()) {
              retries.shutdown();
            }
          },
          RETRY.toSeconds(),
          RETRY.toSeconds(),
          TimeUnit.SECONDS);
    }
  }

  /** Whether the schema is known to be current. */
  boolean ready() {
    return ready;
  }

  private boolean migrate() {
    try {
      store.migrate();
      ready = true;
      return true;
    } catch (RuntimeException e) {
      LOG.warn(
          "metadata database not ready, market data is still stored; retrying in {} s: {}",
          RETRY.toSeconds(),
          e.getMessage());
      return false;
    }
  }

  @Override
  public void close() {
    retries.shutdownNow();
  }
}
