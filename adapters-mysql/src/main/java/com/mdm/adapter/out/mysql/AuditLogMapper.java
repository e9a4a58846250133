package com.mdm.adapter.out.mysql;

import static com.mdm.adapter.out.mysql.UtcTimes.stored;

import com.mdm.domain.metadata.AuditLogEntry;
import com.mdm.domain.metadata.Severity;

/** Converts between {@link AuditLogEntry} and its row, the details as {@link GapEventJson}. */
final class AuditLogMapper {

  private AuditLogMapper() {}

  static AuditLogRow toRow(AuditLogEntry entry) {
    return new AuditLogRow(
        entry.auditId(),
        entry.datasetId(),
        Codes.symbol(entry.symbol()),
        entry.auditType(),
        entry.severity().name(),
        GapEventJson.write(entry.details()),
        stored(entry.timestamp()));
  }

  static AuditLogEntry toDomain(AuditLogRow row) {
    return new AuditLogEntry(
        row.auditId(),
        row.datasetId(),
        Codes.symbol(row.symbol()),
        row.auditType(),
        Severity.valueOf(row.severity()),
        GapEventJson.read(row.details()),
        row.recordedAt());
  }
}
