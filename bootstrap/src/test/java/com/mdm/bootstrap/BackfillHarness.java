package com.mdm.bootstrap;

import com.mdm.adapter.out.binance.BinanceExchangeHistoryClient;
import com.mdm.adapter.out.binance.BinanceRestSettings;
import com.mdm.adapter.out.mongo.MongoSeriesStore;
import com.mdm.adapter.out.mongo.MongoStorageConfig;
import com.mdm.adapter.out.mysql.JdbiAuditLogRepository;
import com.mdm.adapter.out.mysql.JdbiBackfillJobRepository;
import com.mdm.adapter.out.mysql.JdbiDataGapRepository;
import com.mdm.adapter.out.mysql.JdbiLineageRepository;
import com.mdm.adapter.out.mysql.MysqlMetadataStore;
import com.mdm.application.service.backfill.BackfillJobListener;
import com.mdm.application.service.backfill.BackfillSettings;
import com.mdm.application.service.backfill.BackfillWorker;
import com.mdm.application.service.backfill.ManageBackfillJobsService;
import com.mdm.domain.metadata.BackfillJob;
import com.mdm.domain.port.out.BackfillJobRepository;
import com.mdm.domain.port.out.SeriesStore;
import com.mdm.testsupport.Await;
import com.mdm.testsupport.BinanceRestStub;
import com.mdm.testsupport.MysqlDatabase;
import com.mdm.testsupport.TestServices;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import reactor.core.publisher.Mono;

/**
 * The backfill built by hand from the real adapters, as bootstrap will wire it: a Binance stub on
 * 127.0.0.1, a MongoDB database and a migrated MySQL/MariaDB database of its own.
 */
final class BackfillHarness implements AutoCloseable {

  final BinanceRestStub stub;
  final SeriesStore series;
  final BackfillJobRepository jobs;
  final JdbiLineageRepository lineage;
  final JdbiDataGapRepository gaps;
  final JdbiAuditLogRepository auditLog;
  final ManageBackfillJobsService service;
  final MysqlMetadataStore metadata;
  private final MongoClient mongoClient;
  private final MongoDatabase mongo;
  private final List<AutoCloseable> closeables = new ArrayList<>();

  BackfillHarness(int weightBudget, Duration window) {
    stub = BinanceRestStub.start(weightBudget, window);
    mongoClient = MongoClients.create(TestServices.mongoUri());
    mongo = mongoClient.getDatabase(TestServices.uniqueName("mdm"));
    series = new MongoSeriesStore(mongo, MongoStorageConfig.defaults(mongo.getName()));
    MysqlDatabase mysql = TestServices.mysqlDatabase();
    MysqlMetadataStore store =
        MysqlMetadataStore.open(mysql.jdbcUrl(), mysql.user(), mysql.password());
    metadata = store;
    jobs = new JdbiBackfillJobRepository(store.jdbi());
    lineage = new JdbiLineageRepository(store.jdbi());
    gaps = new JdbiDataGapRepository(store.jdbi());
    auditLog = new JdbiAuditLogRepository(store.jdbi());
    service = new ManageBackfillJobsService(jobs, Clock.systemUTC());
  }

  BackfillHarness() {
    this(2400, Duration.ofMinutes(1));
  }

  /** Client settings for tests: short timeouts and backoff. */
  BinanceRestSettings clientSettings() {
    return BinanceRestSettings.defaults(stub.baseUrl())
        .withRetries(
            Duration.ofMillis(500),
            4,
            Duration.ofMillis(20),
            Duration.ofMillis(100),
            Duration.ofSeconds(5))
        .withPageSizes(100, 100, 100);
  }

  static BackfillSettings workerSettings(String workerId) {
    return new BackfillSettings(
        workerId,
        2,
        Duration.ofMillis(100),
        Duration.ofMinutes(10),
        5,
        Duration.ofMillis(200),
        Duration.ofSeconds(30),
        Duration.ofSeconds(30));
  }

  BackfillWorker startWorker(
      BackfillJobRepository jobRepository,
      BinanceRestSettings client,
      BackfillSettings settings,
      BackfillJobListener listener) {
    BinanceExchangeHistoryClient exchange = new BinanceExchangeHistoryClient(client);
    BackfillWorker worker =
        new BackfillWorker(
            jobRepository, lineage, exchange, series, listener, settings, Clock.systemUTC());
    closeables.add(exchange);
    closeables.add(worker);
    worker.start();
    return worker;
  }

  BackfillWorker startWorker() {
    return startWorker(
        jobs, clientSettings(), workerSettings("worker-a"), BackfillJobListener.NONE);
  }

  BackfillJob awaitJob(String jobId, Predicate<BackfillJob> done) {
    return Await.until(
        "backfill job " + jobId, Duration.ofSeconds(30), () -> jobs.get(jobId).orElseThrow(), done);
  }

  BackfillJob awaitFinal(String jobId) {
    return awaitJob(jobId, job -> job.status().isFinal());
  }

  @Override
  public void close() throws Exception {
    for (AutoCloseable closeable : closeables.reversed()) {
      closeable.close();
    }
    stub.close();
    Mono.from(mongo.drop()).block();
    mongoClient.close();
  }
}
