package com.mdm.adapter.out.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Opening a store migrates the schema once and leaves every metadata table in place. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MysqlMetadataStoreContract {

  private static final List<String> TABLES =
      List.of("datasets", "audit_logs", "health_metrics", "backfill_jobs", "lineage_records");

  private MetadataTestDatabase database;

  protected abstract MetadataTestDatabase openDatabase();

  @BeforeAll
  void open() {
    database = openDatabase();
  }

  @AfterAll
  void close() {
    database.close();
  }

  @Test
  void givenFreshDatabase_whenOpened_thenEveryMetadataTableExistsAndIsEmpty() {
    for (String table : TABLES) {
      assertThat(count(database.jdbi(), "SELECT COUNT(*) FROM " + table)).as(table).isZero();
    }
  }

  @Test
  void givenMigratedDatabase_whenOpenedAgain_thenEachMigrationIsRecordedOnceAsSuccessful() {
    Jdbi again = database.reopen().jdbi();

    assertThat(
            count(
                again,
                "SELECT COUNT(*) FROM flyway_schema_history WHERE version = '1' AND success"))
        .isEqualTo(1);
    assertThat(count(again, "SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success"))
        .isZero();
  }

  private static long count(Jdbi jdbi, String sql) {
    return jdbi.withHandle(handle -> handle.select(sql).mapTo(Long.class).one());
  }
}
