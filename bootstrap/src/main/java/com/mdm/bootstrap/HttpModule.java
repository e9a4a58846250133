package com.mdm.bootstrap;

import com.mdm.adapter.in.http.HttpApiServer;
import com.mdm.adapter.in.http.HttpApiUseCases;
import com.mdm.adapter.out.mongo.MongoHealthProbe;
import com.mdm.adapter.out.mysql.MysqlHealthProbe;
import com.mdm.adapter.out.mysql.MysqlMetadataStore;
import com.mdm.adapter.out.nats.NatsHealthProbe;
import com.mdm.application.service.audit.QueryAuditService;
import com.mdm.application.service.audit.QueryCoverageService;
import com.mdm.application.service.catalog.QueryCatalogService;
import com.mdm.application.service.catalog.ReadablePairs;
import com.mdm.application.service.health.QueryHealthService;
import com.mdm.application.service.marketdata.QueryMarketDataService;
import com.mdm.domain.port.in.ManageBackfillJobsUseCase;
import com.mdm.domain.port.out.AuditLogRepository;
import com.mdm.domain.port.out.CertificateRepository;
import com.mdm.domain.port.out.DataGapRepository;
import com.mdm.domain.port.out.DatasetRepository;
import com.mdm.domain.port.out.HealthMetricRepository;
import com.mdm.domain.port.out.HealthProbe;
import com.mdm.domain.port.out.LineageRepository;
import com.mdm.domain.port.out.ReconciliationLog;
import com.mdm.domain.port.out.SeriesStore;
import com.mongodb.reactivestreams.client.MongoDatabase;
import dagger.Module;
import dagger.Provides;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.nats.client.Connection;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The HTTP API over the query, health and backfill use cases. */
@Module
interface HttpModule {

  @Provides
  @Singleton
  static List<HealthProbe> probes(
      ServiceConfig config,
      Provider<Connection> nats,
      MongoDatabase mongo,
      MysqlMetadataStore metadata) {
    List<HealthProbe> probes = new ArrayList<>();
    if (config.feed().natsEnabled()) {
      probes.add(new NatsHealthProbe(nats.get()));
    }
    probes.add(new MongoHealthProbe(mongo));
    probes.add(new MysqlHealthProbe(metadata.jdbi()));
    return List.copyOf(probes);
  }

  @Provides
  @Singleton
  static HttpApiUseCases useCases(
      ServiceConfig config,
      List<HealthProbe> probes,
      SeriesStore series,
      DatasetRepository datasets,
      HealthMetricRepository healthMetrics,
      LineageRepository lineage,
      AuditLogRepository auditLog,
      DataGapRepository gaps,
      ManageBackfillJobsUseCase backfill,
      CertificateRepository certificates,
      ReconciliationLog findings,
      Clock clock) {
    ApiConfig api = config.api();
    ReadablePairs pairs =
        new ReadablePairs(
            datasets, Set.copyOf(config.audit().settings().supportedPairs()), api.anyPair(), clock);
    return new HttpApiUseCases(
        new QueryHealthService(
            probes, api.readinessTimeout(), datasets, healthMetrics, pairs, clock),
        new QueryMarketDataService(series, api.limits(), pairs, clock),
        new QueryCatalogService(datasets, healthMetrics, lineage),
        new QueryAuditService(auditLog, gaps),
        backfill,
        new QueryCoverageService(certificates, findings));
  }

  @Provides
  @Singleton
  static HttpApiServer server(
      ServiceConfig config, HttpApiUseCases useCases, PrometheusMeterRegistry registry) {
    return new HttpApiServer(config.api().server(), useCases, registry, registry::scrape);
  }
}
