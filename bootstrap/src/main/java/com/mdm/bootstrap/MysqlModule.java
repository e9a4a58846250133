package com.mdm.bootstrap;

import com.mdm.adapter.out.mysql.JdbiAuditLogRepository;
import com.mdm.adapter.out.mysql.JdbiBackfillJobRepository;
import com.mdm.adapter.out.mysql.JdbiDatasetRepository;
import com.mdm.adapter.out.mysql.JdbiHealthMetricRepository;
import com.mdm.adapter.out.mysql.JdbiLineageRepository;
import com.mdm.adapter.out.mysql.MysqlMetadataStore;
import com.mdm.domain.port.out.AuditLogRepository;
import com.mdm.domain.port.out.BackfillJobRepository;
import com.mdm.domain.port.out.DatasetRepository;
import com.mdm.domain.port.out.HealthMetricRepository;
import com.mdm.domain.port.out.LineageRepository;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;

/** The metadata database and the repositories on it. */
@Module
interface MysqlModule {

  @Provides
  @Singleton
  static MysqlMetadataStore metadataStore(ServiceConfig config) {
    return MysqlMetadataStore.create(
        config.mysql().jdbcUrl(), config.mysql().user(), config.mysql().password());
  }

  @Provides
  @Singleton
  static DatasetRepository datasets(MysqlMetadataStore store) {
    return new JdbiDatasetRepository(store.jdbi());
  }

  @Provides
  @Singleton
  static AuditLogRepository auditLog(MysqlMetadataStore store) {
    return new JdbiAuditLogRepository(store.jdbi());
  }

  @Provides
  @Singleton
  static HealthMetricRepository healthMetrics(MysqlMetadataStore store) {
    return new JdbiHealthMetricRepository(store.jdbi());
  }

  @Provides
  @Singleton
  static BackfillJobRepository backfillJobs(MysqlMetadataStore store) {
    return new JdbiBackfillJobRepository(store.jdbi());
  }

  @Provides
  @Singleton
  static LineageRepository lineage(MysqlMetadataStore store) {
    return new JdbiLineageRepository(store.jdbi());
  }
}
