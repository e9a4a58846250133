package com.mdm.application.service.audit;

import com.mdm.domain.metadata.AuditLogEntry;
import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.metadata.GapStatus;
import com.mdm.domain.metadata.HealthMetric;
import com.mdm.testsupport.fake.InMemoryAuditLogRepository;
import com.mdm.testsupport.fake.InMemoryDataGapRepository;
import com.mdm.testsupport.fake.InMemoryDatasetRepository;
import com.mdm.testsupport.fake.InMemoryHealthMetricRepository;
import java.util.List;

/** The metadata repositories the auditor writes, as the shared fakes, and what the tests read. */
final class MemoryMetadata {

  final InMemoryAuditLogRepository auditLogRepository = new InMemoryAuditLogRepository();
  final InMemoryHealthMetricRepository healthMetricRepository =
      new InMemoryHealthMetricRepository();
  final InMemoryDataGapRepository gapRepository = new InMemoryDataGapRepository();
  final InMemoryDatasetRepository datasetRepository = new InMemoryDatasetRepository();

  List<AuditLogEntry> auditLog() {
    return auditLogRepository.all();
  }

  List<AuditLogEntry> log(String type) {
    return auditLogRepository.ofType(type);
  }

  List<HealthMetric> healthMetrics() {
    return healthMetricRepository.all();
  }

  List<DataGap> gaps() {
    return gapRepository.all();
  }

  List<DataGap> gaps(GapStatus status) {
    return gaps().stream().filter(g -> g.status() == status).toList();
  }

  DataGap gap(String gapId) {
    return gapRepository.get(gapId).orElseThrow();
  }
}
