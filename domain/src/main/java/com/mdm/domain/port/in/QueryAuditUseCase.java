package com.mdm.domain.port.in;

import com.mdm.domain.metadata.AuditLogEntry;
import com.mdm.domain.metadata.AuditLogQuery;
import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.metadata.GapFilter;
import com.mdm.domain.metadata.GapStatus;
import com.mdm.domain.metadata.PageRequest;
import java.util.List;

/** Reads the audit log and the data gaps the auditor found. */
public interface QueryAuditUseCase {

  /** Entries matching the query, newest first. */
  List<AuditLogEntry> logs(AuditLogQuery query, PageRequest page);

  /** Gaps filtered by dataset and status (null does not filter), newest first. */
  default List<DataGap> gaps(String datasetId, GapStatus status, PageRequest page) {
    return gaps(new GapFilter(datasetId, status, null, null), page);
  }

  /** Gaps matching {@code filter} (by dataset, status, cause and fate), newest first. */
  List<DataGap> gaps(GapFilter filter, PageRequest page);
}
