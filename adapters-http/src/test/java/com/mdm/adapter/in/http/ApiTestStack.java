package com.mdm.adapter.in.http;

import com.mdm.adapter.out.mongo.MongoHealthProbe;
import com.mdm.adapter.out.mongo.MongoSeriesStore;
import com.mdm.adapter.out.mongo.MongoStorageConfig;
import com.mdm.adapter.out.mysql.JdbiAuditLogRepository;
import com.mdm.adapter.out.mysql.JdbiBackfillJobRepository;
import com.mdm.adapter.out.mysql.JdbiCertificateRepository;
import com.mdm.adapter.out.mysql.JdbiDataGapRepository;
import com.mdm.adapter.out.mysql.JdbiDatasetRepository;
import com.mdm.adapter.out.mysql.JdbiHealthMetricRepository;
import com.mdm.adapter.out.mysql.JdbiLineageRepository;
import com.mdm.adapter.out.mysql.JdbiReconciliationLog;
import com.mdm.adapter.out.mysql.MysqlHealthProbe;
import com.mdm.adapter.out.mysql.MysqlMetadataStore;
import com.mdm.adapter.out.nats.NatsHealthProbe;
import com.mdm.application.service.audit.QueryAuditService;
import com.mdm.application.service.audit.QueryCoverageService;
import com.mdm.application.service.backfill.ManageBackfillJobsService;
import com.mdm.application.service.catalog.QueryCatalogService;
import com.mdm.application.service.catalog.ReadablePairs;
import com.mdm.application.service.health.QueryHealthService;
import com.mdm.application.service.marketdata.QueryLimits;
import com.mdm.application.service.marketdata.QueryMarketDataService;
import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.metadata.BackfillCheckpoint;
import com.mdm.domain.metadata.BackfillJob;
import com.mdm.domain.metadata.BackfillStatus;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.in.ManageBackfillJobsUseCase;
import com.mdm.domain.port.out.AuditLogRepository;
import com.mdm.domain.port.out.BackfillJobRepository;
import com.mdm.domain.port.out.DataGapRepository;
import com.mdm.domain.port.out.DatasetRepository;
import com.mdm.domain.port.out.HealthMetricRepository;
import com.mdm.domain.port.out.HealthProbe;
import com.mdm.domain.port.out.LineageRepository;
import com.mdm.domain.port.out.SeriesStore;
import com.mdm.testsupport.MysqlDatabase;
import com.mdm.testsupport.TcpProxy;
import com.mdm.testsupport.TestServices;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoDatabase;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.nats.client.Connection;
import io.nats.client.Nats;
import java.io.IOException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import reactor.core.publisher.Mono;

/**
 * The API as the service would run it, on the real stores of the test-support helper: MongoDB
 * (behind a {@link TcpProxy}, to cut it), a MySQL/MariaDB database of its own, NATS. Gaps and
 * backfill jobs live in that database too, behind the real repositories and job service; tests seed
 * them through those repositories.
 */
final class ApiTestStack implements AutoCloseable {

  static final Symbol BTC = Symbol.of("BTCUSDT");
  static final Symbol ETH = Symbol.of("ETHUSDT");
  static final String TOKEN = "test-token-0123456789";
  static final Duration PROBE_TIMEOUT = Duration.ofSeconds(1);

  final TcpProxy mongoProxy;
  final MongoClient mongoClient;
  final MongoDatabase mongo;
  final SeriesStore series;
  final MysqlDatabase mysqlDatabase;
  final MysqlMetadataStore mysql;
  final DatasetRepository datasets;
  final AuditLogRepository auditLog;
  final HealthMetricRepository healthMetrics;
  final LineageRepository lineage;
  final Connection nats;
  final DataGapRepository gaps;
  final BackfillJobRepository backfillJobs;
  final ManageBackfillJobsUseCase backfill;
  final PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  final HttpApiServer server;
  final ApiClient api;

  private ApiTestStack(HttpApiConfig config, QueryLimits limits, HealthProbe mysqlProbe)
      throws IOException, InterruptedException {
    mongoProxy = TcpProxy.forMongoUri(TestServices.mongoUri());
    mongoClient =
        MongoClients.create(
            MongoClientSettings.builder()
                .applyConnectionString(
                    new ConnectionString("mongodb://127.0.0.1:" + mongoProxy.port()))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(2, TimeUnit.SECONDS))
                .applyToSocketSettings(s -> s.connectTimeout(1, TimeUnit.SECONDS))
                .build());
    mongo = mongoClient.getDatabase(TestServices.uniqueName("mdm_http"));
    series = new MongoSeriesStore(mongo, MongoStorageConfig.defaults(mongo.getName()));
    mysqlDatabase = TestServices.mysqlDatabase();
    mysql =
        MysqlMetadataStore.open(
            mysqlDatabase.jdbcUrl(), mysqlDatabase.user(), mysqlDatabase.password());
    Jdbi jdbi = mysql.jdbi();
    datasets = new JdbiDatasetRepository(jdbi);
    auditLog = new JdbiAuditLogRepository(jdbi);
    healthMetrics = new JdbiHealthMetricRepository(jdbi);
    lineage = new JdbiLineageRepository(jdbi);
    gaps = new JdbiDataGapRepository(jdbi);
    backfillJobs = new JdbiBackfillJobRepository(jdbi);
    backfill = new ManageBackfillJobsService(backfillJobs, Clock.systemUTC());
    nats = Nats.connect(TestServices.natsUrl());
    new JvmMemoryMetrics().bindTo(meters);

    List<HealthProbe> probes =
        List.of(
            new NatsHealthProbe(nats),
            new MongoHealthProbe(mongo),
            mysqlProbe == null ? new MysqlHealthProbe(jdbi) : mysqlProbe);
    ReadablePairs pairs = new ReadablePairs(datasets, Set.of(BTC, ETH), false, Clock.systemUTC());
    HttpApiUseCases useCases =
        new HttpApiUseCases(
            new QueryHealthService(
                probes, PROBE_TIMEOUT, datasets, healthMetrics, pairs, Clock.systemUTC()),
            new QueryMarketDataService(series, limits, pairs, Clock.systemUTC()),
            new QueryCatalogService(datasets, healthMetrics, lineage),
            new QueryAuditService(auditLog, gaps),
            backfill,
            new QueryCoverageService(
                new JdbiCertificateRepository(jdbi), new JdbiReconciliationLog(jdbi)));
    server = new HttpApiServer(config.withPort(0), useCases, meters, meters::scrape).start();
    api = new ApiClient(server.port());
  }

  /** With a write token and the default limits. */
  static ApiTestStack start() {
    return start(HttpApiConfig.defaults().withApiToken(TOKEN), QueryLimits.defaults(), null);
  }

  static ApiTestStack start(HttpApiConfig config, QueryLimits limits, HealthProbe mysqlProbe) {
    try {
      return new ApiTestStack(config, limits, mysqlProbe);
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the test stack: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted starting the test stack", e);
    }
  }

  /** Stores the records, all of one series type, through the repository of their type. */
  void store(List<? extends MarketEvent> records) {
    if (records.isEmpty()) {
      return;
    }
    SeriesType type = records.getFirst().seriesKey().type();
    store(type, type.recordType(), records);
  }

  private <T extends MarketEvent> void store(
      SeriesType type, Class<T> recordType, List<? extends MarketEvent> records) {
    series
        .repository(type, recordType)
        .saveAll(records.stream().map(recordType::cast).toList())
        .join();
  }

  /**
   * Moves a job on as a worker would, through the job repository: claims it (putting back any other
   * job claimed on the way), records the progress, and finishes it when {@code status} is final.
   */
  void progress(String jobId, BackfillStatus status, double progress, long fetched) {
    Instant now = Instant.now();
    List<String> claimedOthers = new ArrayList<>();
    try {
      while (true) {
        BackfillJob claimed =
            backfillJobs
                .claimNext("worker-1", now)
                .orElseThrow(() -> new IllegalStateException("job " + jobId + " is not pending"));
        if (claimed.jobId().equals(jobId)) {
          break;
        }
        claimedOthers.add(claimed.jobId());
      }
    } finally {
      claimedOthers.forEach(other -> backfillJobs.requeue(other, now));
    }
    if (!backfillJobs.updateProgress(
        jobId, progress, fetched, fetched, BackfillCheckpoint.NONE, now)) {
      throw new IllegalStateException("job " + jobId + " did not take its progress");
    }
    if (status.isFinal() && !backfillJobs.finish(jobId, status, null, now)) {
      throw new IllegalStateException("job " + jobId + " could not be finished");
    }
  }

  /** Every stored backfill job, whatever its status. */
  List<BackfillJob> allJobs() {
    return backfillJobs.list(null, null, new PageRequest(0, PageRequest.MAX_LIMIT));
  }

  @Override
  public void close() throws Exception {
    server.close();
    nats.close();
    try {
      mongoProxy.restore();
      Mono.from(mongo.drop()).block(Duration.ofSeconds(10));
    } finally {
      mongoClient.close();
      mongoProxy.close();
    }
    dropMysql();
  }

  private void dropMysql() {
    String url = mysqlDatabase.jdbcUrl();
    String server = url.substring(0, url.indexOf('/', "jdbc:mysql://".length()) + 1);
    try (var connection =
            DriverManager.getConnection(server, mysqlDatabase.user(), mysqlDatabase.password());
        var statement = connection.createStatement()) {
      statement.execute("DROP DATABASE `" + mysqlDatabase.name() + "`");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot drop test database: " + e.getMessage(), e);
    }
  }
}
