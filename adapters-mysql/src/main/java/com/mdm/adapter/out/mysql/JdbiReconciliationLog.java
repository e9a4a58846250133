package com.mdm.adapter.out.mysql;

import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.metadata.ReconciliationFinding;
import com.mdm.domain.metadata.Severity;
import com.mdm.domain.port.out.ReconciliationLog;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/**
 * The reconciliation findings as {@code audit_logs} rows of type {@code reconciliation}, the minute
 * they are about in {@code subject_time}; the audit log listing leaves them to this log.
 */
public final class JdbiReconciliationLog implements ReconciliationLog {

  private final ReconciliationDao dao;

  public JdbiReconciliationLog(Jdbi jdbi) {
    this.dao =
        Objects.requireNonNull(jdbi, "jdbi must not be null").onDemand(ReconciliationDao.class);
  }

  @Override
  public ReconciliationFinding append(ReconciliationFinding finding) {
    Objects.requireNonNull(finding, "finding must not be null");
    long id =
        dao.insert(
            new FindingRow(
                null,
                finding.datasetId(),
                finding.symbol().value(),
                Severity.MEDIUM.name(),
                FindingJson.write(finding),
                UtcTimes.stored(finding.foundAt()),
                UtcTimes.stored(finding.openTime())));
    return finding.withId(id);
  }

  @Override
  public List<ReconciliationFinding> list(
      String datasetId, Instant from, Instant to, PageRequest page) {
    Objects.requireNonNull(page, "page must not be null");
    return dao.list(datasetId, from, to, page.limit(), page.offset()).stream()
        .map(FindingJson::read)
        .toList();
  }
}
