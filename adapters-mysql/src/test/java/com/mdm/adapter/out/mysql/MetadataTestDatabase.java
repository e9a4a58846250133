package com.mdm.adapter.out.mysql;

import com.mdm.testsupport.MysqlDatabase;
import com.mdm.testsupport.TestServices;
import com.mdm.testsupport.contract.Subject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;

/**
 * A migrated metadata database of its own for one test class: on the MySQL/MariaDB server of the
 * test-support helper, or in memory on H2 in MySQL mode. Closing drops it.
 */
final class MetadataTestDatabase implements AutoCloseable {

  private final MysqlMetadataStore store;
  private final String url;
  private final String adminUrl;
  private final String user;
  private final String password;
  private final String dropStatement;

  private MetadataTestDatabase(
      String url, String adminUrl, String user, String password, String dropStatement) {
    this.store = MysqlMetadataStore.open(url, user, password);
    this.url = url;
    this.adminUrl = adminUrl;
    this.user = user;
    this.password = password;
    this.dropStatement = dropStatement;
  }

  static MetadataTestDatabase onTestServer() {
    return onTestServer("");
  }

  /** With {@code urlProperties} (e.g. {@code a=1&b=2}) added to the JDBC URL of the store. */
  static MetadataTestDatabase onTestServer(String urlProperties) {
    MysqlDatabase database = TestServices.mysqlDatabase();
    String url = database.jdbcUrl();
    if (!urlProperties.isEmpty()) {
      url += (url.contains("?") ? "&" : "?") + urlProperties;
    }
    return new MetadataTestDatabase(
        url,
        database.jdbcUrl(),
        database.user(),
        database.password(),
        "DROP DATABASE `" + database.name() + "`");
  }

  static MetadataTestDatabase inMemoryH2() {
    return inMemoryH2("");
  }

  /** With {@code urlSettings} (e.g. {@code ;TIME ZONE=Asia/Tokyo}) added to the JDBC URL. */
  static MetadataTestDatabase inMemoryH2(String urlSettings) {
    String url = h2Url(TestServices.uniqueName("mdm"));
    return new MetadataTestDatabase(url + urlSettings, url, "sa", "", "SHUTDOWN");
  }

  /** An in-memory H2 database kept until shutdown, in the mode the embedded setup uses. */
  static String h2Url(String name) {
    return "jdbc:h2:mem:" + name + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
  }

  MysqlMetadataStore store() {
    return store;
  }

  /** A second store on the same database, migrating it again. */
  MysqlMetadataStore reopen() {
    return MysqlMetadataStore.open(url, user, password);
  }

  Jdbi jdbi() {
    return store.jdbi();
  }

  /**
   * The repository {@code open} makes on this database, for a contract test: {@code tables} are
   * emptied before each test, in that order, and closing the subject drops the database.
   */
  <R> Subject<R> subject(Function<Jdbi, R> open, String... tables) {
    R repository = open.apply(jdbi());
    return new Subject<>() {
      @Override
      public R empty() {
        for (String table : tables) {
          deleteAll(table);
        }
        return repository;
      }

      @Override
      public void close() {
        MetadataTestDatabase.this.close();
      }
    };
  }

  void deleteAll(String table) {
    jdbi().useHandle(handle -> handle.execute("DELETE FROM " + table));
  }

  @Override
  public void close() {
    try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute(dropStatement);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot drop test database: " + e.getMessage(), e);
    }
  }
}
