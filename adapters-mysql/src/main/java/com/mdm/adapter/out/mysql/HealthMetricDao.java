package com.mdm.adapter.out.mysql;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterArgumentFactory;
import org.jdbi.v3.sqlobject.config.RegisterColumnMapper;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for the {@code health_metrics} table. */
@RegisterArgumentFactory(UtcInstantArgumentFactory.class)
@RegisterColumnMapper(UtcInstantColumnMapper.class)
@RegisterConstructorMapper(HealthMetricRow.class)
interface HealthMetricDao {

  String COLUMNS =
      """
      metric_id, dataset_id, symbol, window_start, window_end, completeness, freshness_seconds,
      freshness_score, gaps_count, duplicates_count, not_collected_gaps, not_collected_records,
      continuity_score, validity_score, quality_score, recorded_at
      """;

  @SqlUpdate(
      """
      INSERT INTO health_metrics (
        dataset_id, symbol, window_start, window_end, completeness, freshness_seconds,
        freshness_score, gaps_count, duplicates_count, not_collected_gaps,
        not_collected_records, continuity_score, validity_score, quality_score, recorded_at)
      VALUES (
        :datasetId, :symbol, :windowStart, :windowEnd, :completeness, :freshnessSeconds,
        :freshnessScore, :gapsCount, :duplicatesCount, :notCollectedGaps,
        :notCollectedRecords, :continuityScore, :validityScore, :qualityScore, :recordedAt)
      """)
  @GetGeneratedKeys("metric_id")
  long insert(@BindMethods HealthMetricRow row);

  @SqlQuery(
      "SELECT "
          + COLUMNS
          + """
          FROM health_metrics
          WHERE dataset_id = :datasetId
          ORDER BY recorded_at DESC, metric_id DESC
          LIMIT 1
          """)
  Optional<HealthMetricRow> latest(@Bind String datasetId);

  @SqlQuery(
      "SELECT "
          + COLUMNS
          + """
          FROM health_metrics
          WHERE dataset_id = :datasetId AND recorded_at >= :fromTime AND recorded_at < :toTime
          ORDER BY recorded_at, metric_id
          """)
  List<HealthMetricRow> history(
      @Bind String datasetId, @Bind Instant fromTime, @Bind Instant toTime);

  @SqlUpdate("DELETE FROM health_metrics WHERE recorded_at < :cutoff")
  int deleteOlderThan(@Bind Instant cutoff);
}
