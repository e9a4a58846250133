package com.mdm.bootstrap;

import com.mdm.adapter.in.http.HttpApiServer;
import com.mdm.adapter.out.binance.BinanceExchangeHistoryClient;
import com.mdm.adapter.out.mongo.MongoSeriesIndexes;
import com.mdm.application.service.IngestMarketEventService;
import com.mdm.application.service.audit.AuditService;
import com.mdm.application.service.backfill.AutoRepairService;
import com.mdm.application.service.backfill.BackfillWorker;
import com.mdm.application.service.metadata.IngestBookkeeper;
import com.mdm.application.service.metadata.MetadataWriter;
import com.mongodb.reactivestreams.client.MongoClient;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the service and stops it in the order that loses nothing: stop taking messages, write what
 * is buffered, let every taken message be acknowledged, then close the clients.
 */
@Singleton
public final class ServiceRuntime {

  private static final Logger LOG = LoggerFactory.getLogger(ServiceRuntime.class);

  private final ServiceConfig config;
  private final InboundFeed listener;
  private final IngestMarketEventService ingest;
  private final MetadataStore metadata;
  private final IngestBookkeeper bookkeeper;
  private final MetadataWriter metadataWriter;
  private final AuditService auditor;
  private final HttpApiServer api;
  private final BackfillWorker backfillWorker;
  private final AutoRepairService autoRepair;
  private final BinanceExchangeHistoryClient binance;
  private final NatsConnection nats;
  private final MongoClient mongo;
  private final MongoSeriesIndexes indexes;
  private final Optional<EmbeddedMongo> embeddedMongo;
  private boolean started;
  private boolean stopped;

  @Inject
  ServiceRuntime(
      ServiceConfig config,
      InboundFeed listener,
      IngestMarketEventService ingest,
      MetadataStore metadata,
      IngestBookkeeper bookkeeper,
      MetadataWriter metadataWriter,
      AuditService auditor,
      HttpApiServer api,
      BackfillWorker backfillWorker,
      AutoRepairService autoRepair,
      BinanceExchangeHistoryClient binance,
      NatsConnection nats,
      MongoClient mongo,
      MongoSeriesIndexes indexes,
      Optional<EmbeddedMongo> embeddedMongo) {
    this.config = config;
    this.listener = listener;
    this.ingest = ingest;
    this.metadata = metadata;
    this.bookkeeper = bookkeeper;
    this.metadataWriter = metadataWriter;
    this.auditor = auditor;
    this.api = api;
    this.backfillWorker = backfillWorker;
    this.autoRepair = autoRepair;
    this.binance = binance;
    this.nats = nats;
    this.mongo = mongo;
    this.indexes = indexes;
    this.embeddedMongo = embeddedMongo;
  }

  public synchronized void start() throws Exception {
    metadata.start();
    try {
      indexes.ensureForExistingCollections();
    } catch (RuntimeException e) {
      LOG.warn(
          "MongoDB indexes not ensured at start-up (each series ensures its own on first write): {}",
          e.getMessage());
    }
    bookkeeper.start();
    listener.start();
    if (config.audit().enabled()) {
      auditor.start();
    }
    if (config.backfill().enabled()) {
      backfillWorker.start();
    }
    if (config.backfill().autoRepair()) {
      autoRepair.start();
    }
    if (config.api().enabled()) {
      if (config.api().anyPair()) {
        LOG.warn(
            "API_ANY_PAIR is deprecated and will be removed: every supported pair and every pair in"
                + " the catalog is served without it; it only answers an empty page instead of 404"
                + " for a pair with no data stored");
      }
      api.start();
    }
    started = true;
    LOG.info("market-data-manager started: {}", listener.describe());
  }

  /** Stops gracefully; safe to call more than once. */
  public synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    Duration timeout = config.shutdownTimeout();
    LOG.info("stopping: no new messages; writing buffered data (up to {} s)", timeout.toSeconds());
    if (started) {
      closeQuietly("HTTP API", api::close);
      closeQuietly("auditor", auditor::close);
      closeQuietly("auto repair", autoRepair::close);
      closeQuietly("backfill worker", () -> backfillWorker.stop(timeout));
      closeQuietly("Binance client", binance::close);
      listener.stopReceiving();
    }
    try {
      ingest.close(timeout);
      if (started && !listener.awaitSettled(timeout)) {
        LOG.warn("some messages were not settled in time; JetStream will redeliver them");
      }
    } catch (TimeoutException e) {
      LOG.warn("buffered data was not written in time; JetStream will redeliver it");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    closeQuietly("NATS", nats::close);
    closeQuietly("MongoDB", mongo::close);
    embeddedMongo.ifPresent(server -> closeQuietly("embedded MongoDB", server::close));
    closeQuietly("MySQL", metadata::close);
    LOG.info("stopped");
  }

  private static void closeQuietly(String what, ThrowingRunnable action) {
    try {
      action.run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      LOG.warn("closing {} failed: {}", what, e.getMessage());
    }
  }

  @FunctionalInterface
  private interface ThrowingRunnable {
    void run() throws Exception;
  }
}
