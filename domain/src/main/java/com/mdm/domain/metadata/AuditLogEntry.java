package com.mdm.domain.metadata;

import com.mdm.domain.market.Symbol;
import java.time.Instant;
import java.util.Objects;

/**
 * One audit finding or event.
 *
 * @param auditId null until stored
 * @param symbol null for findings not tied to one symbol
 * @param details what happened to which gap
 */
public record AuditLogEntry(
    Long auditId,
    String datasetId,
    Symbol symbol,
    String auditType,
    Severity severity,
    GapEvent details,
    Instant timestamp) {

  public AuditLogEntry {
    Objects.requireNonNull(datasetId, "datasetId must not be null");
    Objects.requireNonNull(auditType, "auditType must not be null");
    Objects.requireNonNull(severity, "severity must not be null");
    Objects.requireNonNull(details, "details must not be null");
    Objects.requireNonNull(timestamp, "timestamp must not be null");
  }
}
