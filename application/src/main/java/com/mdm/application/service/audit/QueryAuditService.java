package com.mdm.application.service.audit;

import com.mdm.domain.metadata.AuditLogEntry;
import com.mdm.domain.metadata.AuditLogQuery;
import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.metadata.GapFilter;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.in.InvalidRequestException;
import com.mdm.domain.port.in.QueryAuditUseCase;
import com.mdm.domain.port.out.AuditLogRepository;
import com.mdm.domain.port.out.DataGapRepository;
import java.util.List;
import java.util.Objects;

/** Serves the audit log and the recorded gaps from their repositories. */
public final class QueryAuditService implements QueryAuditUseCase {

  private final AuditLogRepository auditLog;
  private final DataGapRepository gaps;

  public QueryAuditService(AuditLogRepository auditLog, DataGapRepository gaps) {
    this.auditLog = Objects.requireNonNull(auditLog, "auditLog must not be null");
    this.gaps = Objects.requireNonNull(gaps, "gaps must not be null");
  }

  @Override
  public List<AuditLogEntry> logs(AuditLogQuery query, PageRequest page) {
    if (query.from() != null && query.to() != null && query.from().isAfter(query.to())) {
      throw new InvalidRequestException(
          "from", "from " + query.from() + " is after to " + query.to());
    }
    return auditLog.list(query, page);
  }

  @Override
  public List<DataGap> gaps(GapFilter filter, PageRequest page) {
    return gaps.list(filter, page);
  }
}
