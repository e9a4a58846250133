package com.mdm.adapter.out.mysql;

import com.mdm.domain.metadata.AuditLogEntry;
import com.mdm.domain.metadata.AuditLogQuery;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.out.AuditLogRepository;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/**
 * The append-only audit log in the {@code audit_logs} table; its rows of type {@code
 * reconciliation} are listed by {@link JdbiReconciliationLog} instead.
 */
public final class JdbiAuditLogRepository implements AuditLogRepository {

  private final AuditLogDao dao;

  public JdbiAuditLogRepository(Jdbi jdbi) {
    this.dao = Objects.requireNonNull(jdbi, "jdbi must not be null").onDemand(AuditLogDao.class);
  }

  @Override
  public AuditLogEntry append(AuditLogEntry entry) {
    Objects.requireNonNull(entry, "entry must not be null");
    AuditLogRow row = AuditLogMapper.toRow(entry);
    return AuditLogMapper.toDomain(row.withAuditId(dao.insert(row)));
  }

  @Override
  public List<AuditLogEntry> list(AuditLogQuery query, PageRequest page) {
    Objects.requireNonNull(query, "query must not be null");
    Objects.requireNonNull(page, "page must not be null");
    return dao
        .list(
            query.datasetId(),
            Codes.symbol(query.symbol()),
            query.auditType(),
            Codes.name(query.severity()),
            query.from(),
            query.to(),
            page.limit(),
            page.offset())
        .stream()
        .map(AuditLogMapper::toDomain)
        .toList();
  }
}
