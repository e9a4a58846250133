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

/** SQL for the reconciliation findings: rows of {@code audit_logs} of type reconciliation. */
@RegisterArgumentFactory(UtcInstantArgumentFactory.class)
@RegisterColumnMapper(UtcInstantColumnMapper.class)
@RegisterConstructorMapper(FindingRow.class)
interface ReconciliationDao {

  /** The audit type of the findings. */
  String TYPE = "reconciliation";

  @SqlUpdate(
      """
      INSERT INTO audit_logs (dataset_id, symbol, audit_type, severity, details, recorded_at,
        subject_time)
      VALUES (:datasetId, :symbol, 'reconciliation', :severity, :details, :recordedAt,
        :subjectTime)
      """)
  @GetGeneratedKeys("audit_id")
  long insert(@BindMethods FindingRow row);

  @SqlQuery(
      """
      SELECT audit_id, dataset_id, symbol, severity, details, recorded_at, subject_time
      FROM audit_logs
      WHERE audit_type = 'reconciliation'
        AND (:datasetId IS NULL OR dataset_id = :datasetId)
        AND (:fromTime IS NULL OR subject_time >= :fromTime)
        AND (:toTime IS NULL OR subject_time < :toTime)
      ORDER BY subject_time DESC, audit_id DESC
      LIMIT :limit OFFSET :offset
      """)
  List<FindingRow> list(
      @Bind String datasetId,
      @Bind Instant fromTime,
      @Bind Instant toTime,
      @Bind int limit,
      @Bind int offset);
}
