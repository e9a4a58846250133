package com.mdm.domain.port.out;

import com.mdm.domain.metadata.AuditLogEntry;
import com.mdm.domain.metadata.AuditLogQuery;
import com.mdm.domain.metadata.PageRequest;
import java.util.List;

/** The audit log: findings and events, append-only. */
public interface AuditLogRepository {

  /** Appends the entry and returns it with its id. */
  AuditLogEntry append(AuditLogEntry entry);

  /** Entries matching the query, newest first. */
  List<AuditLogEntry> list(AuditLogQuery query, PageRequest page);
}
