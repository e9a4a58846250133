package com.mdm.bootstrap;

import com.mdm.adapter.in.nats.NatsListenerSettings.DeliveryMode;
import com.mdm.adapter.out.mysql.JdbiCaptureLog;
import com.mdm.adapter.out.mysql.JdbiCertificateRepository;
import com.mdm.adapter.out.mysql.JdbiDataGapRepository;
import com.mdm.adapter.out.mysql.JdbiReconciliationLog;
import com.mdm.adapter.out.mysql.MysqlMetadataStore;
import com.mdm.adapter.out.nats.NatsKvLeaderLease;
import com.mdm.adapter.out.nats.NatsLeaseSettings;
import com.mdm.application.service.audit.AuditService;
import com.mdm.application.service.audit.ReauditGapService;
import com.mdm.application.service.audit.ReconciliationSetup;
import com.mdm.application.service.audit.SoloLeaderLease;
import com.mdm.domain.port.in.ReauditGapUseCase;
import com.mdm.domain.port.out.AuditLogRepository;
import com.mdm.domain.port.out.AuditMetrics;
import com.mdm.domain.port.out.CaptureLog;
import com.mdm.domain.port.out.CertificateRepository;
import com.mdm.domain.port.out.DataGapRepository;
import com.mdm.domain.port.out.DatasetRepository;
import com.mdm.domain.port.out.ExchangeHistoryClient;
import com.mdm.domain.port.out.HealthMetricRepository;
import com.mdm.domain.port.out.LeaderLease;
import com.mdm.domain.port.out.ReconciliationLog;
import com.mdm.domain.port.out.SeriesStore;
import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import io.nats.client.Connection;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The auditor, its leader lease and the gap store. */
@Module
interface AuditModule {

  @Provides
  @Singleton
  static AuditMetrics auditMetrics(MicrometerAuditMetrics metrics, ServiceTracing tracing) {
    return tracing.audit(metrics);
  }

  @Binds
  ReauditGapUseCase reauditGap(ReauditGapService service);

  @Provides
  @Singleton
  static DataGapRepository dataGaps(MysqlMetadataStore store) {
    return new JdbiDataGapRepository(store.jdbi());
  }

  @Provides
  @Singleton
  static CaptureLog captureLog(MysqlMetadataStore store) {
    return new JdbiCaptureLog(store.jdbi());
  }

  @Provides
  @Singleton
  static CertificateRepository certificates(MysqlMetadataStore store) {
    return new JdbiCertificateRepository(store.jdbi());
  }

  @Provides
  @Singleton
  static ReconciliationLog reconciliationLog(MysqlMetadataStore store) {
    return new JdbiReconciliationLog(store.jdbi());
  }

  /**
   * A JetStream key-value lease; without JetStream (or without NATS, as in development mode) there
   * is no shared lease: run one replica. The key lives three quarters of {@code AUDIT_LEASE_TTL}
   * and the auditor renews or tries it every quarter, so after a leader dies another replica holds
   * the lease within one {@code AUDIT_LEASE_TTL}.
   */
  @Provides
  @Singleton
  static LeaderLease leaderLease(ServiceConfig config, Provider<Connection> nats) {
    AuditConfig audit = config.audit();
    if (!config.feed().natsEnabled() || config.nats().mode() == DeliveryMode.CORE) {
      return new SoloLeaderLease(audit.leaseTtl());
    }
    return new NatsKvLeaderLease(
        nats.get(),
        new NatsLeaseSettings(
            audit.leaseBucket(),
            "auditor",
            audit.leaseTtl().multipliedBy(3).dividedBy(4),
            NatsLeaseSettings.defaultHolderId()));
  }

  @Provides
  @Singleton
  static AuditService auditService(
      ServiceConfig config,
      SeriesStore series,
      DatasetRepository datasets,
      DataGapRepository gaps,
      AuditLogRepository auditLog,
      HealthMetricRepository healthMetrics,
      CaptureLog captureLog,
      CertificateRepository certificates,
      ReconciliationLog findings,
      ExchangeHistoryClient exchange,
      LeaderLease lease,
      AuditMetrics metrics,
      Clock clock) {
    return new AuditService(
        config.audit().settings(),
        series,
        datasets,
        gaps,
        auditLog,
        healthMetrics,
        captureLog,
        certificates,
        new ReconciliationSetup(findings, exchange, config.audit().reconciliation()),
        lease,
        metrics,
        clock);
  }

  @Provides
  @Singleton
  static ReauditGapService reauditGapService(
      ServiceConfig config,
      SeriesStore series,
      DataGapRepository gaps,
      AuditLogRepository auditLog,
      CaptureLog captureLog,
      Clock clock) {
    return new ReauditGapService(
        config.audit().settings(), series, gaps, auditLog, captureLog, clock);
  }
}
