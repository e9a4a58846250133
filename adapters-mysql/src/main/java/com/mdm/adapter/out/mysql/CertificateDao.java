package com.mdm.adapter.out.mysql;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterArgumentFactory;
import org.jdbi.v3.sqlobject.config.RegisterColumnMapper;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for the {@code completeness_certificates} table; the newest version of an hour counts. */
@RegisterArgumentFactory(UtcInstantArgumentFactory.class)
@RegisterColumnMapper(UtcInstantColumnMapper.class)
@RegisterConstructorMapper(CertificateRow.class)
@RegisterConstructorMapper(StateCountRow.class)
interface CertificateDao {

  String COLUMNS =
      "c.dataset_id, c.hour_start, c.version, c.expected_records, c.present_records, c.missing,"
          + " c.sha256, c.state, c.computed_at";

  String NEWEST =
      " c.version = (SELECT MAX(m.version) FROM completeness_certificates m"
          + " WHERE m.dataset_id = c.dataset_id AND m.hour_start = c.hour_start)";

  @SqlUpdate(
      """
      INSERT INTO completeness_certificates (dataset_id, hour_start, version, expected_records,
        present_records, missing, sha256, state, computed_at)
      VALUES (:datasetId, :hourStart, :version, :expectedRecords, :presentRecords, :missing,
        :sha256, :state, :computedAt)
      """)
  void insert(@BindMethods CertificateRow row);

  @SqlQuery(
      "SELECT "
          + COLUMNS
          + " FROM completeness_certificates c"
          + " WHERE c.dataset_id = :datasetId AND c.hour_start = :hourStart"
          + " ORDER BY c.version")
  List<CertificateRow> versions(@Bind String datasetId, @Bind Instant hourStart);

  @SqlQuery(
      "SELECT "
          + COLUMNS
          + " FROM completeness_certificates c"
          + " WHERE c.dataset_id = :datasetId AND c.hour_start >= :fromTime"
          + " AND c.hour_start < :toTime AND"
          + NEWEST
          + " ORDER BY c.hour_start")
  List<CertificateRow> newest(@Bind String datasetId, @Bind Instant fromTime, @Bind Instant toTime);

  @SqlQuery(
      "SELECT c.state, COUNT(*) AS hours FROM completeness_certificates c"
          + " WHERE c.dataset_id = :datasetId AND"
          + NEWEST
          + " GROUP BY c.state")
  List<StateCountRow> stateCounts(@Bind String datasetId);
}
