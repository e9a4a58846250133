package com.mdm.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.opentest4j.TestAbortedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.mysql.MySQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Gives every integration test its services, in this order: an address from the environment ({@code
 * NATS_TEST_URL}, {@code MYSQL_TEST_URL}, {@code MONGODB_TEST_URI}), else a Testcontainers
 * container where a Docker engine answers, else (MongoDB only) the embedded MongoDB-wire server.
 * With {@code CI=true} a service that cannot be had fails the test; elsewhere the test is skipped
 * with a message saying what to set.
 */
public final class TestServices {

  public static final String NATS_IMAGE = "nats:2.11.9";
  public static final String MYSQL_IMAGE = "mysql:8.4.6";
  public static final String MONGODB_IMAGE = "mongo:8.0.13";

  private static final Logger LOG = LoggerFactory.getLogger(TestServices.class);

  private static String natsUrl;
  private static MysqlServer mysqlServer;
  private static String mongoUri;
  private static Boolean dockerAvailable;

  private TestServices() {}

  /** A NATS server URL with JetStream enabled. */
  public static synchronized String natsUrl() {
    if (natsUrl == null) {
      natsUrl = env("NATS_TEST_URL");
      if (natsUrl == null && docker()) {
        GenericContainer<?> nats =
            new GenericContainer<>(DockerImageName.parse(NATS_IMAGE))
                .withCommand("-js")
                .withExposedPorts(4222);
        nats.start();
        natsUrl = "nats://" + nats.getHost() + ":" + nats.getMappedPort(4222);
      }
      if (natsUrl == null) {
        unavailable("NATS", "NATS_TEST_URL (e.g. nats://127.0.0.1:4222)");
      }
      LOG.info("NATS for tests: {}", natsUrl);
    }
    return natsUrl;
  }

  /** A fresh, empty MySQL/MariaDB database of its own on the test server. */
  public static synchronized MysqlDatabase mysqlDatabase() {
    if (mysqlServer == null) {
      String url = env("MYSQL_TEST_URL");
      if (url != null) {
        mysqlServer =
            new MysqlServer(
                url, envOr("MYSQL_TEST_USER", "root"), envOr("MYSQL_TEST_PASSWORD", ""));
      } else if (docker()) {
        MySQLContainer mysql = new MySQLContainer(DockerImageName.parse(MYSQL_IMAGE));
        mysql.start();
        mysqlServer =
            new MysqlServer(
                "jdbc:mysql://" + mysql.getHost() + ":" + mysql.getMappedPort(3306) + "/",
                "root",
                mysql.getPassword());
      } else {
        unavailable("MySQL", "MYSQL_TEST_URL (e.g. jdbc:mysql://127.0.0.1:3306/)");
      }
      LOG.info("MySQL for tests: {}", mysqlServer.serverUrl());
    }
    return mysqlServer.createDatabase();
  }

  /** A MongoDB connection string; use a database name of your own in each test. */
  public static synchronized String mongoUri() {
    if (mongoUri == null) {
      mongoUri = env("MONGODB_TEST_URI");
      if (mongoUri == null && docker()) {
        MongoDBContainer mongo = new MongoDBContainer(DockerImageName.parse(MONGODB_IMAGE));
        mongo.start();
        mongoUri = mongo.getConnectionString();
      }
      if (mongoUri == null) {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        mongoUri = "mongodb://127.0.0.1:" + address.getPort();
      }
      LOG.info("MongoDB for tests: {}", mongoUri);
    }
    return mongoUri;
  }

  /** Whether MongoDB is the embedded wire server, which ignores some server-side features. */
  public static boolean mongoIsEmbedded() {
    mongoUri();
    return env("MONGODB_TEST_URI") == null && !docker();
  }

  /** A name no other test uses, for a database or a stream. */
  public static String uniqueName(String prefix) {
    return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  private static boolean docker() {
    if (dockerAvailable == null) {
      boolean available;
      try {
        available = DockerClientFactory.instance().isDockerAvailable();
      } catch (RuntimeException | LinkageError e) {
        available = false;
      }
      dockerAvailable = available;
    }
    return dockerAvailable;
  }

  private static void unavailable(String service, String variable) {
    String message =
        service
            + " is not available to the tests: set "
            + variable
            + " or make a Docker engine available for Testcontainers";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException(message + " (CI=true: a missing service fails the run)");
    }
    throw new TestAbortedException(message);
  }

  private static String env(String name) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }

  /** A MySQL server reachable with administrative rights, making one database per test. */
  private record MysqlServer(String serverUrl, String user, String password) {

    MysqlDatabase createDatabase() {
      String name = uniqueName("mdm_it").toLowerCase(Locale.ROOT);
      try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
          Statement statement = connection.createStatement()) {
        statement.execute(
            "CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
      } catch (SQLException e) {
        throw new IllegalStateException(
            "cannot create test database on " + serverUrl + ": " + e.getMessage(), e);
      }
      String base =
          serverUrl.contains("?") ? serverUrl.substring(0, serverUrl.indexOf('?')) : serverUrl;
      String query = serverUrl.contains("?") ? serverUrl.substring(serverUrl.indexOf('?')) : "";
      String root = base.substring(0, base.indexOf('/', "jdbc:mysql://".length()) + 1);
      return new MysqlDatabase(root + name + query, user, password, name);
    }
  }
}
