package com.mdm.application.service.audit;

import com.mdm.domain.port.out.AuditLogRepository;
import com.mdm.domain.port.out.AuditMetrics;
import com.mdm.domain.port.out.CaptureLog;
import com.mdm.domain.port.out.CertificateRepository;
import com.mdm.domain.port.out.DataGapRepository;
import com.mdm.domain.port.out.DatasetRepository;
import com.mdm.domain.port.out.HealthMetricRepository;
import com.mdm.domain.port.out.SeriesStore;

/** Puts an {@link AuditCycle} together from the ports; the optional parts may be null. */
final class AuditCycles {

  private AuditCycles() {}

  static AuditCycle create(
      AuditSettings settings,
      SeriesStore series,
      DatasetRepository datasets,
      DataGapRepository gaps,
      AuditLogRepository auditLog,
      HealthMetricRepository healthMetrics,
      CaptureLog captureLog,
      CertificateRepository certificates,
      ReconciliationSetup reconcile,
      AuditMetrics metrics) {
    SeriesAuditor auditor = new SeriesAuditor(series, settings);
    GapRecorder recorder = new GapRecorder(gaps, auditLog, settings, captureLog);
    HourCertificates hours =
        certificates == null ? null : new HourCertificates(series, gaps, certificates, settings);
    HourReconciliations reconciliations = null;
    if (certificates != null && reconcile != null) {
      CandleReconciliation candles =
          new CandleReconciliation(
              series,
              certificates,
              reconcile.findings(),
              reconcile.exchange(),
              settings.pageSize(),
              reconcile.settings().correctFromRest() ? hours : null);
      reconciliations = new HourReconciliations(candles, certificates, reconcile.settings());
    }
    return new AuditCycle(
        settings,
        new AuditTargets(settings, datasets),
        auditor,
        recorder,
        new LeftBehindGaps(new GapReaudit(settings, auditor, recorder)),
        healthMetrics,
        metrics,
        hours,
        reconciliations);
  }
}
