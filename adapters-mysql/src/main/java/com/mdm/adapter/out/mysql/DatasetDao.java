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

/** SQL for the {@code datasets} table. */
@RegisterArgumentFactory(UtcInstantArgumentFactory.class)
@RegisterColumnMapper(UtcInstantColumnMapper.class)
@RegisterConstructorMapper(DatasetRow.class)
interface DatasetDao {

  String COLUMNS =
      """
      dataset_id, name, description, category, schema_id, storage_type, location, symbol,
      timeframe, owner, update_frequency, first_timestamp, last_timestamp, approximate_count,
      created_at, updated_at
      """;

  // Coverage and created_at are written on insert only: later upserts keep what is stored.
  @SqlUpdate(
      """
      INSERT INTO datasets (
        dataset_id, name, description, category, schema_id, storage_type, location, symbol,
        timeframe, owner, update_frequency, first_timestamp, last_timestamp, approximate_count,
        created_at, updated_at)
      VALUES (
        :datasetId, :name, :description, :category, :schemaId, :storageType, :location, :symbol,
        :timeframe, :owner, :updateFrequency, :firstTimestamp, :lastTimestamp, :approximateCount,
        :createdAt, :updatedAt)
      ON DUPLICATE KEY UPDATE
        name = :name, description = :description, category = :category, schema_id = :schemaId,
        storage_type = :storageType, location = :location, symbol = :symbol,
        timeframe = :timeframe, owner = :owner, update_frequency = :updateFrequency,
        updated_at = :updatedAt
      """)
  void upsert(@BindMethods DatasetRow row);

  @SqlQuery("SELECT " + COLUMNS + " FROM datasets WHERE dataset_id = :datasetId")
  Optional<DatasetRow> findById(@Bind String datasetId);

  @SqlQuery(
      "SELECT "
          + COLUMNS
          + """
          FROM datasets
          WHERE (:category IS NULL OR category = :category)
            AND (:symbol IS NULL OR symbol = :symbol)
            AND (:storageType IS NULL OR storage_type = :storageType)
          ORDER BY dataset_id
          LIMIT :limit OFFSET :offset
          """)
  List<DatasetRow> list(
      @Bind String category,
      @Bind String symbol,
      @Bind String storageType,
      @Bind int limit,
      @Bind int offset);

  @SqlUpdate(
      """
      UPDATE datasets
      SET first_timestamp = :firstTimestamp, last_timestamp = :lastTimestamp,
          approximate_count = :approximateCount, updated_at = :measuredAt
      WHERE dataset_id = :datasetId
      """)
  int updateCoverage(
      @Bind String datasetId,
      @Bind Instant firstTimestamp,
      @Bind Instant lastTimestamp,
      @Bind long approximateCount,
      @Bind Instant measuredAt);
}
