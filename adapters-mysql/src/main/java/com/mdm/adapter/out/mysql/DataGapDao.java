package com.mdm.adapter.out.mysql;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterArgumentFactory;
import org.jdbi.v3.sqlobject.config.RegisterColumnMapper;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for the {@code data_gaps} table. */
@RegisterArgumentFactory(UtcInstantArgumentFactory.class)
@RegisterColumnMapper(UtcInstantColumnMapper.class)
@RegisterConstructorMapper(DataGapRow.class)
interface DataGapDao {

  String COLUMNS =
      """
      gap_id, dataset_id, series_type, symbol, timeframe, start_time, end_time, expected_missing,
      severity, status, details, detected_at, updated_at, cause, fate, fate_job_id, fate_records,
      fate_reason
      """;

  @SqlUpdate(
      """
      INSERT INTO data_gaps (
        gap_id, dataset_id, series_type, symbol, timeframe, start_time, end_time,
        expected_missing, severity, status, details, detected_at, updated_at, cause, fate,
        fate_job_id, fate_records, fate_reason)
      VALUES (
        :gapId, :datasetId, :seriesType, :symbol, :timeframe, :startTime, :endTime,
        :expectedMissing, :severity, :status, :details, :detectedAt, :updatedAt, :cause, :fate,
        :fateJobId, :fateRecords, :fateReason)
      """)
  void insert(@BindMethods DataGapRow row);

  // Detection time, start, status and fate stay as recorded; the rest follows the latest finding.
  @SqlUpdate(
      """
      UPDATE data_gaps
      SET end_time = :endTime, expected_missing = :expectedMissing, severity = :severity,
          details = :details, updated_at = :updatedAt, cause = :cause
      WHERE gap_id = :gapId
      """)
  int refresh(@BindMethods DataGapRow row);

  @SqlQuery("SELECT " + COLUMNS + " FROM data_gaps WHERE gap_id = :gapId")
  Optional<DataGapRow> get(@Bind String gapId);

  @SqlQuery(
      "SELECT "
          + COLUMNS
          + """
          FROM data_gaps
          WHERE (:datasetId IS NULL OR dataset_id = :datasetId)
            AND (:status IS NULL OR status = :status)
            AND (:cause IS NULL OR cause = :cause)
            AND (:fate IS NULL OR fate = :fate)
          ORDER BY detected_at DESC, start_time DESC, gap_id
          LIMIT :limit OFFSET :offset
          """)
  List<DataGapRow> list(
      @Bind String datasetId,
      @Bind String status,
      @Bind String cause,
      @Bind String fate,
      @Bind int limit,
      @Bind int offset);

  @SqlUpdate(
      """
      UPDATE data_gaps
      SET status = :status, fate = :fate, fate_job_id = :jobId, fate_records = :records,
          fate_reason = :reason, updated_at = :now
      WHERE gap_id = :gapId
      """)
  int updateFate(
      @Bind String gapId,
      @Bind String status,
      @Bind String fate,
      @Bind String jobId,
      @Bind long records,
      @Bind String reason,
      @Bind Instant now);
}
