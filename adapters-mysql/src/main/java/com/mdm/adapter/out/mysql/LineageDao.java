package com.mdm.adapter.out.mysql;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterArgumentFactory;
import org.jdbi.v3.sqlobject.config.RegisterColumnMapper;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for the {@code lineage_records} table. */
@RegisterArgumentFactory(UtcInstantArgumentFactory.class)
@RegisterColumnMapper(UtcInstantColumnMapper.class)
@RegisterConstructorMapper(LineageRow.class)
interface LineageDao {

  @SqlUpdate(
      """
      INSERT INTO lineage_records (
        dataset_id, source_dataset_id, source, transformation, parameters, input_records,
        output_records, duplicate_records, dead_letters, range_start, range_end, duration_ms,
        status, error_message, recorded_at)
      VALUES (
        :datasetId, :sourceDatasetId, :source, :transformation, :parameters, :inputRecords,
        :outputRecords, :duplicateRecords, :deadLetters, :rangeStart, :rangeEnd, :durationMs,
        :status, :errorMessage, :recordedAt)
      """)
  @GetGeneratedKeys("lineage_id")
  long insert(@BindMethods LineageRow row);

  @SqlQuery(
      """
      SELECT lineage_id, dataset_id, source_dataset_id, source, transformation, parameters,
             input_records, output_records, duplicate_records, dead_letters, range_start,
             range_end, duration_ms, status, error_message, recorded_at
      FROM lineage_records
      WHERE dataset_id = :datasetId
      ORDER BY recorded_at DESC, lineage_id DESC
      LIMIT :limit OFFSET :offset
      """)
  List<LineageRow> listByDataset(@Bind String datasetId, @Bind int limit, @Bind int offset);
}
