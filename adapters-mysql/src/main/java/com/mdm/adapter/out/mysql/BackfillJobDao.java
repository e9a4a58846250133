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

/** SQL for the {@code backfill_jobs} table. */
@RegisterArgumentFactory(UtcInstantArgumentFactory.class)
@RegisterColumnMapper(UtcInstantColumnMapper.class)
@RegisterConstructorMapper(BackfillJobRow.class)
interface BackfillJobDao {

  String COLUMNS =
      """
      job_id, symbol, data_type, timeframe, start_time, end_time, priority, status, progress,
      records_fetched, records_inserted, checkpoint, error_message, attempts, claimed_by,
      created_at, started_at, completed_at, updated_at
      """;

  @SqlUpdate(
      """
      INSERT INTO backfill_jobs (
        job_id, symbol, data_type, timeframe, start_time, end_time, priority, status, progress,
        records_fetched, records_inserted, checkpoint, error_message, attempts, claimed_by,
        created_at, started_at, completed_at, updated_at)
      VALUES (
        :jobId, :symbol, :dataType, :timeframe, :startTime, :endTime, :priority, :status,
        :progress, :recordsFetched, :recordsInserted, :checkpoint, :errorMessage, :attempts,
        :claimedBy, :createdAt, :startedAt, :completedAt, :updatedAt)
      """)
  void insert(@BindMethods BackfillJobRow row);

  @SqlQuery("SELECT " + COLUMNS + " FROM backfill_jobs WHERE job_id = :jobId")
  Optional<BackfillJobRow> get(@Bind String jobId);

  @SqlQuery(
      "SELECT "
          + COLUMNS
          + """
          FROM backfill_jobs
          WHERE (:status IS NULL OR status = :status)
            AND (:symbol IS NULL OR symbol = :symbol)
          ORDER BY created_at DESC, job_id DESC
          LIMIT :limit OFFSET :offset
          """)
  List<BackfillJobRow> list(
      @Bind String status, @Bind String symbol, @Bind int limit, @Bind int offset);

  @SqlQuery(
      """
      SELECT job_id FROM backfill_jobs
      WHERE status = 'PENDING'
      ORDER BY priority DESC, created_at, job_id
      LIMIT 1
      """)
  Optional<String> nextPendingId();

  // The status guard makes this a compare-and-set: of two workers racing for the same row, only
  // the one whose update finds it still pending gets a row count of 1.
  @SqlUpdate(
      """
      UPDATE backfill_jobs
      SET status = 'RUNNING', claimed_by = :workerId, attempts = attempts + 1,
          started_at = :now, updated_at = :now
      WHERE job_id = :jobId AND status = 'PENDING'
      """)
  int claim(@Bind String jobId, @Bind String workerId, @Bind Instant now);

  @SqlUpdate(
      """
      UPDATE backfill_jobs
      SET progress = :progress, records_fetched = :recordsFetched,
          records_inserted = :recordsInserted, checkpoint = :checkpoint, updated_at = :now
      WHERE job_id = :jobId AND status = 'RUNNING'
      """)
  int updateProgress(
      @Bind String jobId,
      @Bind double progress,
      @Bind long recordsFetched,
      @Bind long recordsInserted,
      @Bind String checkpoint,
      @Bind Instant now);

  @SqlUpdate(
      """
      UPDATE backfill_jobs
      SET status = :status, error_message = :errorMessage, completed_at = :now, updated_at = :now
      WHERE job_id = :jobId AND status = 'RUNNING'
      """)
  int finish(@Bind String jobId, @Bind String status, @Bind String errorMessage, @Bind Instant now);

  @SqlUpdate(
      """
      UPDATE backfill_jobs
      SET status = 'CANCELLED', completed_at = :now, updated_at = :now
      WHERE job_id = :jobId AND status IN ('PENDING', 'RUNNING')
      """)
  int cancel(@Bind String jobId, @Bind Instant now);

  @SqlUpdate(
      """
      UPDATE backfill_jobs
      SET status = 'PENDING', claimed_by = NULL, updated_at = :now
      WHERE job_id = :jobId AND status = 'RUNNING'
      """)
  int requeue(@Bind String jobId, @Bind Instant now);

  @SqlQuery(
      """
      SELECT job_id FROM backfill_jobs
      WHERE status = 'RUNNING' AND updated_at < :updatedBefore
      ORDER BY updated_at, job_id
      """)
  List<String> staleRunningIds(@Bind Instant updatedBefore);

  // Compare-and-set again on the staleness: a job that made progress since it was selected stays.
  @SqlUpdate(
      """
      UPDATE backfill_jobs
      SET status = 'PENDING', claimed_by = NULL, updated_at = :now
      WHERE job_id = :jobId AND status = 'RUNNING' AND updated_at < :updatedBefore
      """)
  int requeueIfStale(@Bind String jobId, @Bind Instant updatedBefore, @Bind Instant now);
}
