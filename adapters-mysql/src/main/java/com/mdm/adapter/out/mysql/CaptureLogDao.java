package com.mdm.adapter.out.mysql;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterArgumentFactory;
import org.jdbi.v3.sqlobject.config.RegisterColumnMapper;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for the receipt log: {@code capture_minutes} and {@code capture_subjects}. */
@RegisterArgumentFactory(UtcInstantArgumentFactory.class)
@RegisterColumnMapper(UtcInstantColumnMapper.class)
@RegisterConstructorMapper(CaptureMinuteRow.class)
interface CaptureLogDao {

  @SqlUpdate(
      """
      UPDATE capture_minutes
      SET received = received + :received, dead_lettered = dead_lettered + :deadLettered
      WHERE subject = :subject AND minute_start = :minute
      """)
  int addTo(
      @Bind String subject, @Bind Instant minute, @Bind long received, @Bind long deadLettered);

  @SqlUpdate(
      """
      INSERT INTO capture_minutes (subject, minute_start, received, dead_lettered)
      VALUES (:subject, :minute, :received, :deadLettered)
      """)
  void insert(
      @Bind String subject, @Bind Instant minute, @Bind long received, @Bind long deadLettered);

  @SqlQuery(
      "SELECT COUNT(*) FROM capture_subjects WHERE dataset_id = :datasetId AND subject = :subject")
  int linked(@Bind String datasetId, @Bind String subject);

  @SqlUpdate(
      """
      INSERT INTO capture_subjects (dataset_id, subject, first_seen)
      VALUES (:datasetId, :subject, :seen)
      """)
  void link(@Bind String datasetId, @Bind String subject, @Bind Instant seen);

  @SqlQuery(
      """
      SELECT m.subject, m.minute_start, m.received, m.dead_lettered
      FROM capture_minutes m
      JOIN capture_subjects s ON s.subject = m.subject
      WHERE s.dataset_id = :datasetId AND m.minute_start >= :from AND m.minute_start < :to
      ORDER BY m.minute_start, m.subject
      """)
  List<CaptureMinuteRow> minutes(@Bind String datasetId, @Bind Instant from, @Bind Instant to);
}
