package com.mdm.adapter.out.mysql;

import java.time.Instant;

/**
 * One row of {@code audit_logs}; severity by name (public only so that Jdbi can bind its
 * accessors).
 */
public record AuditLogRow(
    Long auditId,
    String datasetId,
    String symbol,
    String auditType,
    String severity,
    String details,
    Instant recordedAt) {

  AuditLogRow withAuditId(long id) {
    return new AuditLogRow(id, datasetId, symbol, auditType, severity, details, recordedAt);
  }
}
