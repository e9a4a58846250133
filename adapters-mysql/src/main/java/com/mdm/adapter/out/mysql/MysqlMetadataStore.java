package com.mdm.adapter.out.mysql;

import java.util.Objects;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The metadata database: opening it brings the schema up to date with Flyway and yields the Jdbi
 * that the {@code Jdbi*Repository} adapters run on (MariaDB, MySQL, or H2 in MySQL mode).
 */
public final class MysqlMetadataStore {

  private static final Logger LOG = LoggerFactory.getLogger(MysqlMetadataStore.class);
  private static final String MIGRATIONS = "classpath:db/migration";

  private final Jdbi jdbi;
  private final String jdbcUrl;
  private final String user;
  private final String password;

  private MysqlMetadataStore(Jdbi jdbi, String jdbcUrl, String user, String password) {
    this.jdbi = jdbi;
    this.jdbcUrl = jdbcUrl;
    this.user = user;
    this.password = password;
  }

  /**
   * Migrates the database at {@code jdbcUrl} and returns a store over it; every Jdbi call then
   * opens a connection of its own through the JDBC driver.
   */
  public static MysqlMetadataStore open(String jdbcUrl, String user, String password) {
    MysqlMetadataStore store = create(jdbcUrl, user, password);
    store.migrate();
    return store;
  }

  /**
   * A store over the database at {@code jdbcUrl} without touching it yet: connections are made per
   * call, so a database that is down now can come up later; call {@link #migrate()} before use.
   */
  public static MysqlMetadataStore create(String jdbcUrl, String user, String password) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl must not be null");
    if (!jdbcUrl.startsWith("jdbc:")) {
      throw new IllegalArgumentException(
          "jdbcUrl '" + jdbcUrl + "' is invalid: expected e.g. jdbc:mysql://host:3306/database");
    }
    Jdbi jdbi = Jdbi.create(jdbcUrl, user, password);
    jdbi.installPlugin(new SqlObjectPlugin());
    // The DAOs register these themselves; here they serve ad-hoc handles on the same Jdbi.
    jdbi.registerArgument(new UtcInstantArgumentFactory());
    jdbi.registerColumnMapper(new UtcInstantColumnMapper());
    return new MysqlMetadataStore(jdbi, jdbcUrl, user, password);
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  /** Brings the schema up to date; fails with a message naming the database when it cannot. */
  public void migrate() {
    migrate(jdbcUrl, user, password);
  }

  private static void migrate(String jdbcUrl, String user, String password) {
    try {
      MigrateResult result =
          Flyway.configure(MysqlMetadataStore.class.getClassLoader())
              .dataSource(jdbcUrl, user, password)
              .locations(MIGRATIONS)
              .failOnMissingLocations(true)
              .load()
              .migrate();
      LOG.info(
          "metadata schema at version {} ({} migrations applied)",
          result.targetSchemaVersion,
          result.migrationsExecuted);
    } catch (FlywayException e) {
      throw new IllegalStateException(
          "cannot migrate the metadata schema at "
              + withoutQuery(jdbcUrl)
              + " as user '"
              + user
              + "': "
              + e.getMessage(),
          e);
    }
  }

  private static String withoutQuery(String jdbcUrl) {
    int query = jdbcUrl.indexOf('?');
    return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
  }
}
