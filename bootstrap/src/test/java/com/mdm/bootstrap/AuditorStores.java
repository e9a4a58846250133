package com.mdm.bootstrap;

import com.mdm.adapter.out.mongo.MongoSeriesStore;
import com.mdm.adapter.out.mongo.MongoStorageConfig;
import com.mdm.adapter.out.mysql.JdbiAuditLogRepository;
import com.mdm.adapter.out.mysql.JdbiCaptureLog;
import com.mdm.adapter.out.mysql.JdbiDataGapRepository;
import com.mdm.adapter.out.mysql.JdbiDatasetRepository;
import com.mdm.adapter.out.mysql.JdbiHealthMetricRepository;
import com.mdm.adapter.out.mysql.MysqlMetadataStore;
import com.mdm.application.service.audit.AuditService;
import com.mdm.application.service.audit.AuditSettings;
import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.port.out.AuditMetrics;
import com.mdm.domain.port.out.LeaderLease;
import com.mdm.domain.port.out.SeriesStore;
import com.mdm.testsupport.MysqlDatabase;
import com.mdm.testsupport.TestServices;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The auditor's adapters wired by hand on the test services: series in a MongoDB database of their
 * own, metadata in a migrated MySQL/MariaDB database of its own.
 */
final class AuditorStores implements AutoCloseable {

  final SeriesStore series;
  final JdbiAuditLogRepository auditLog;
  final JdbiHealthMetricRepository healthMetrics;
  final JdbiDataGapRepository gaps;
  final JdbiDatasetRepository datasets;
  final JdbiCaptureLog captureLog;
  final MysqlMetadataStore metadata;
  private final MongoClient mongo;
  private final String mongoDatabase;

  AuditorStores() {
    this(TestServices.uniqueName("mdm"), TestServices.mysqlDatabase());
  }

  /** On the databases {@code mongoDatabase} and {@code mysql} (a running service's, say). */
  AuditorStores(String mongoDatabase, MysqlDatabase mysql) {
    this.mongoDatabase = mongoDatabase;
    mongo = MongoClients.create(TestServices.mongoUri());
    series =
        new MongoSeriesStore(
            mongo.getDatabase(mongoDatabase), MongoStorageConfig.defaults(mongoDatabase));
    metadata = MysqlMetadataStore.open(mysql.jdbcUrl(), mysql.user(), mysql.password());
    auditLog = new JdbiAuditLogRepository(metadata.jdbi());
    healthMetrics = new JdbiHealthMetricRepository(metadata.jdbi());
    gaps = new JdbiDataGapRepository(metadata.jdbi());
    datasets = new JdbiDatasetRepository(metadata.jdbi());
    captureLog = new JdbiCaptureLog(metadata.jdbi());
  }

  /** An auditor on these stores that decides gap causes from the receipt log. */
  AuditService causeAwareAuditor(
      AuditSettings settings, LeaderLease lease, AuditMetrics metrics, Clock clock) {
    return new AuditService(
        settings,
        series,
        datasets,
        gaps,
        auditLog,
        healthMetrics,
        captureLog,
        lease,
        metrics,
        clock);
  }

  /** An auditor on these stores, as the lead will wire it in the component. */
  AuditService auditor(
      AuditSettings settings, LeaderLease lease, AuditMetrics metrics, Clock clock) {
    return new AuditService(
        settings, series, datasets, gaps, auditLog, healthMetrics, lease, metrics, clock);
  }

  /** Stores the events through the repositories, one batch per series type. */
  void save(List<? extends MarketEvent> events) throws Exception {
    Map<SeriesType, List<MarketEvent>> byType = new EnumMap<>(SeriesType.class);
    events.forEach(
        e -> byType.computeIfAbsent(e.seriesKey().type(), t -> new ArrayList<>()).add(e));
    for (Map.Entry<SeriesType, List<MarketEvent>> batch : byType.entrySet()) {
      saveAll(batch.getKey(), batch.getKey().recordType(), batch.getValue());
    }
  }

  private <T extends MarketEvent> void saveAll(
      SeriesType type, Class<T> recordType, List<MarketEvent> events) throws Exception {
    series
        .repository(type, recordType)
        .saveAll(events.stream().map(recordType::cast).toList())
        .get(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    mongo.close();
  }
}
