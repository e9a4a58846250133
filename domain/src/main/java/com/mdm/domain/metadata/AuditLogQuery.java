package com.mdm.domain.metadata;

import com.mdm.domain.market.Symbol;
import java.time.Instant;

/** Optional filters for listing audit log entries; a null field does not filter. */
public record AuditLogQuery(
    String datasetId,
    Symbol symbol,
    String auditType,
    Severity severity,
    Instant from,
    Instant to) {

  public static AuditLogQuery all() {
    return new AuditLogQuery(null, null, null, null, null, null);
  }
}
