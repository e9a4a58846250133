package com.mdm.bootstrap;

import com.mdm.application.service.BatchSettings;
import com.mdm.application.service.metadata.MetadataSettings;
import com.mdm.decoder.binance.DecoderLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@link ServiceConfig} from environment variables, with the original service's names and
 * defaults. The first invalid value stops with a {@link ConfigException} naming it.
 */
public final class ConfigLoader {

  private static final Pattern NAME = Pattern.compile("^[A-Za-z0-9_-]{1,64}$");
  private static final Set<String> LOG_LEVELS = Set.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR");

  private ConfigLoader() {}

  public static ServiceConfig fromEnvironment() {
    return load(System.getenv());
  }

  public static ServiceConfig load(Map<String, String> variables) {
    Env env = new Env(variables);
    AuditConfig audit = AuditConfigLoader.load(env);
    // logback has already chosen the encoder (LogFormatProperty); a wrong value stops here
    env.choice("LOG_FORMAT", LogFormat.TEXT, LogFormat.class);
    String natsUrl = NatsConfigLoader.natsUrl(env);
    return new ServiceConfig(
        natsUrl,
        NatsSecurityLoader.load(env, natsUrl),
        NatsConfigLoader.load(env),
        MongoConfigLoader.load(env),
        mysql(env),
        new BatchSettings(
            env.integer("MAX_BATCH_SIZE", 1000, 1, 100_000),
            env.positive("BATCH_MAX_DELAY", Duration.ofMillis(100), "ms")),
        new DecoderLimits(
            env.integer("MAX_FRAME_BYTES", 1 << 20, 1024, 64 << 20),
            env.integer("MAX_DEPTH_LEVELS", 1000, 1, 10_000),
            env.positive("MAX_FUTURE_SKEW", Duration.ofHours(1), "s"),
            env.integer("MAX_NESTING_DEPTH", DecoderLimits.DEFAULT_NESTING_DEPTH, 4, 1000),
            env.integer("MAX_STRING_CHARS", DecoderLimits.DEFAULT_STRING_CHARS, 64, 64 << 20)),
        new MetadataSettings(
            env.positive("LINEAGE_WINDOW", Duration.ofMinutes(1), "s"),
            env.positive("COVERAGE_REFRESH_INTERVAL", Duration.ofMinutes(5), "s"),
            Duration.ofDays(env.integer("HEALTH_METRICS_RETENTION_DAYS", 90, 1, 36_500))),
        env.integer("METADATA_QUEUE_CAPACITY", 10_000, 1, 10_000_000),
        audit,
        ApiConfigLoader.load(env),
        BackfillConfigLoader.load(env),
        logLevel(env),
        env.positive("SHUTDOWN_TIMEOUT", Duration.ofSeconds(30), "s"),
        FeedConfigLoader.load(env, audit.settings().supportedPairs()));
  }

  private static MysqlConfig mysql(Env env) {
    if (env.choice("METADATA_EMBEDDED", MetadataEmbedded.OFF, MetadataEmbedded.class)
        == MetadataEmbedded.FILE) {
      Path file =
          env.parsed(
              "METADATA_EMBEDDED_FILE",
              Path.of("data", "metadata"),
              Path::of,
              "a file path such as data/metadata");
      return new MysqlConfig(
          "jdbc:h2:file:" + file.toAbsolutePath() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE", "sa", "");
    }
    String user = env.string("MYSQL_USER", "root");
    String secret = env.secret("MYSQL_PASSWORD");
    String password = secret == null ? "" : secret;
    String url = env.raw("MYSQL_URL");
    if (url == null) {
      String host = env.string("MYSQL_HOST", "localhost");
      int port = env.integer("MYSQL_PORT", 3306, 1, 65535);
      String database = env.string("MYSQL_DB", "petrosa_data_manager");
      if (!NAME.matcher(database).matches()) {
        throw new ConfigException("MYSQL_DB", database, "1 to 64 of A-Z a-z 0-9 _ -");
      }
      url =
          "jdbc:mysql://"
              + host
              + ":"
              + port
              + "/"
              + database
              + "?createDatabaseIfNotExist=true&connectTimeout=5000";
    } else if (!url.startsWith("jdbc:mysql://") && !url.startsWith("jdbc:mariadb://")) {
      throw new ConfigException("MYSQL_URL", url, "a jdbc:mysql:// URL");
    }
    return new MysqlConfig(url, user, password);
  }

  /** {@code METADATA_EMBEDDED}: off, or an H2 file in MySQL mode (development only). */
  private enum MetadataEmbedded {
    OFF,
    FILE
  }

  private static String logLevel(Env env) {
    String level = env.string("LOG_LEVEL", "INFO").toUpperCase(Locale.ROOT);
    if (level.equals("WARNING")) {
      return "WARN";
    }
    if (!LOG_LEVELS.contains(level)) {
      throw new ConfigException(
          "LOG_LEVEL", env.raw("LOG_LEVEL"), "one of TRACE, DEBUG, INFO, WARN, ERROR");
    }
    return level;
  }
}
