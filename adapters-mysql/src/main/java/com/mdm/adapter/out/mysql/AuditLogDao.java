package com.mdm.adapter.out.mysql;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterArgumentFactory;
import org.jdbi.v3.sqlobject.config.RegisterColumnMapper;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for the {@code audit_logs} table. */
@RegisterArgumentFactory(UtcInstantArgumentFactory.class)
@RegisterColumnMapper(UtcInstantColumnMapper.class)
@RegisterConstructorMapper(AuditLogRow.class)
interface AuditLogDao {

  @SqlUpdate(
      """
      INSERT INTO audit_logs (dataset_id, symbol, audit_type, severity, details, recorded_at)
      VALUES (:datasetId, :symbol, :auditType, :severity, :details, :recordedAt)
      """)
  @GetGeneratedKeys("audit_id")
  long insert(@BindMethods AuditLogRow row);

  @SqlQuery(
      """
      SELECT audit_id, dataset_id, symbol, audit_type, severity, details, recorded_at
      FROM audit_logs
      WHERE audit_type <> 'reconciliation'
        AND (:datasetId IS NULL OR dataset_id = :datasetId)
        AND (:symbol IS NULL OR symbol = :symbol)
        AND (:auditType IS NULL OR audit_type = :auditType)
        AND (:severity IS NULL OR severity = :severity)
        AND (:fromTime IS NULL OR recorded_at >= :fromTime)
        AND (:toTime IS NULL OR recorded_at < :toTime)
      ORDER BY recorded_at DESC, audit_id DESC
      LIMIT :limit OFFSET :offset
      """)
  List<AuditLogRow> list(
      @Bind String datasetId,
      @Bind String symbol,
      @Bind String auditType,
      @Bind String severity,
      @Bind Instant fromTime,
      @Bind Instant toTime,
      @Bind int limit,
      @Bind int offset);
}
