package com.mdm.bootstrap;

import com.mdm.adapter.in.nats.DecoderLimits;
import com.mdm.adapter.in.nats.NatsListenerSettings;
import com.mdm.adapter.in.nats.NatsListenerSettings.DeliveryMode;
import com.mdm.adapter.in.nats.NatsListenerSettings.StreamRetention;
import com.mdm.application.service.BatchSettings;
import com.mdm.application.service.metadata.MetadataSettings;
import com.mdm.domain.market.SeriesType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@link ServiceConfig} from environment variables, with the original service's names and
 * defaults. The first invalid value stops with a {@link ConfigException} naming it.
 */
public final class ConfigLoader {

  private static final Pattern SUBJECT = Pattern.compile("^[^\\s*>]+(\\.[^\\s*>]+)*$");
  private static final Pattern NAME = Pattern.compile("^[A-Za-z0-9_-]{1,64}$");
  private static final Set<String> LOG_LEVELS = Set.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR");

  private ConfigLoader() {}

  public static ServiceConfig fromEnvironment() {
    return load(System.getenv());
  }

  public static ServiceConfig load(Map<String, String> variables) {
    Env env = new Env(variables);
    return new ServiceConfig(
        natsUrl(env),
        nats(env),
        mongo(env),
        mysql(env),
        new BatchSettings(
            env.integer("MAX_BATCH_SIZE", 1000, 1, 100_000),
            positive(env, "BATCH_MAX_DELAY", Duration.ofMillis(100), "ms")),
        new DecoderLimits(
            env.integer("MAX_FRAME_BYTES", 1 << 20, 1024, 64 << 20),
            env.integer("MAX_DEPTH_LEVELS", 1000, 1, 10_000),
            positive(env, "MAX_FUTURE_SKEW", Duration.ofHours(1), "s")),
        new MetadataSettings(
            positive(env, "LINEAGE_WINDOW", Duration.ofMinutes(1), "s"),
            positive(env, "COVERAGE_REFRESH_INTERVAL", Duration.ofMinutes(5), "s"),
            Duration.ofDays(env.integer("HEALTH_METRICS_RETENTION_DAYS", 90, 1, 36_500))),
        env.integer("METADATA_QUEUE_CAPACITY", 10_000, 1, 10_000_000),
        AuditConfigLoader.load(env),
        ApiConfigLoader.load(env),
        BackfillConfigLoader.load(env),
        logLevel(env),
        positive(env, "SHUTDOWN_TIMEOUT", Duration.ofSeconds(30), "s"));
  }

  private static String natsUrl(Env env) {
    String url = env.string("NATS_URL", "nats://localhost:4222");
    for (String server : url.split(",")) {
      String scheme = server.trim().toLowerCase(Locale.ROOT);
      if (!(scheme.startsWith("nats://")
          || scheme.startsWith("tls://")
          || scheme.startsWith("ws://")
          || scheme.startsWith("wss://"))) {
        throw new ConfigException(
            "NATS_URL", url, "nats://host:port (or tls://, ws://, wss://), comma separated");
      }
    }
    return url;
  }

  private static NatsListenerSettings nats(Env env) {
    String subject = env.string("NATS_CONSUMER_SUBJECT", "binance.futures.websocket.data");
    requireSubject("NATS_CONSUMER_SUBJECT", subject);
    String deadLetter = env.string("NATS_DLQ_SUBJECT", subject + ".dlq");
    requireSubject("NATS_DLQ_SUBJECT", deadLetter);
    if (deadLetter.equals(subject)) {
      throw new ConfigException(
          "NATS_DLQ_SUBJECT", deadLetter, "a subject other than NATS_CONSUMER_SUBJECT");
    }
    return new NatsListenerSettings(
        subject,
        env.choice("NATS_MODE", DeliveryMode.JETSTREAM, DeliveryMode.class),
        deadLetter,
        name(env, "NATS_STREAM_NAME", "BINANCE_FUTURES_WS"),
        streamSubjects(env),
        env.bool("NATS_STREAM_CREATE", true),
        env.choice("NATS_STREAM_RETENTION", StreamRetention.LIMITS, StreamRetention.class),
        positive(env, "NATS_STREAM_MAX_AGE", Duration.ofDays(7), "s"),
        name(env, "NATS_CONSUMER_DURABLE", "market-data-manager"),
        env.string("NATS_QUEUE_GROUP", "market-data-manager"),
        positive(env, "NATS_ACK_WAIT", Duration.ofSeconds(60), "s"),
        env.integer("NATS_MAX_ACK_PENDING", 20_000, 1, 1_000_000),
        env.integer("NATS_MAX_IN_FLIGHT", 10_000, 1, 1_000_000),
        env.integer("NATS_FETCH_BATCH", 500, 1, 10_000));
  }

  private static List<String> streamSubjects(Env env) {
    String value = env.raw("NATS_STREAM_SUBJECTS");
    if (value == null) {
      return List.of();
    }
    List<String> subjects = Arrays.stream(value.split(",")).map(String::trim).toList();
    for (String subject : subjects) {
      if (subject.isEmpty() || subject.contains(" ")) {
        throw new ConfigException(
            "NATS_STREAM_SUBJECTS",
            value,
            "comma-separated subjects, wildcards allowed (e.g. binance.>)");
      }
    }
    return subjects;
  }

  private static MongoConfig mongo(Env env) {
    String database = env.string("MONGODB_DB", "petrosa_data_manager");
    if (!NAME.matcher(database).matches()) {
      throw new ConfigException("MONGODB_DB", database, "1 to 64 of A-Z a-z 0-9 _ -");
    }
    String uri = env.raw("MONGODB_URI");
    if (uri == null) {
      String host = env.string("MONGODB_HOST", "localhost");
      int port = env.integer("MONGODB_PORT", 27017, 1, 65535);
      String user = env.raw("MONGODB_USER");
      String credentials =
          user == null ? "" : encode(user) + ":" + encode(env.string("MONGODB_PASSWORD", "")) + "@";
      uri = "mongodb://" + credentials + host + ":" + port + "/";
    } else if (!uri.startsWith("mongodb://") && !uri.startsWith("mongodb+srv://")) {
      throw new ConfigException(
          "MONGODB_URI", uri, "a mongodb:// or mongodb+srv:// connection string");
    }
    String writeConcern = env.string("MONGODB_WRITE_CONCERN", "majority");
    if (!writeConcern.equals("majority") && !writeConcern.matches("^[1-9][0-9]?$")) {
      throw new ConfigException(
          "MONGODB_WRITE_CONCERN", writeConcern, "majority or a number from 1 to 99");
    }
    Map<SeriesType, Duration> retention = new EnumMap<>(SeriesType.class);
    for (SeriesType type : SeriesType.values()) {
      int defaultDays = type == SeriesType.TRADES || type == SeriesType.AGG_TRADES ? 7 : 0;
      String variable = retentionVariable(type);
      int days = env.integer(variable, defaultDays, 0, 36_500);
      if (days > 0) {
        retention.put(type, Duration.ofDays(days));
      }
    }
    MongoConfig.Embedded embedded =
        env.choice("MONGODB_EMBEDDED", MongoConfig.Embedded.OFF, MongoConfig.Embedded.class);
    Path embeddedFile =
        env.parsed(
            "MONGODB_EMBEDDED_FILE",
            Path.of("data", "embedded-mongo.mv"),
            Path::of,
            "a file path such as data/embedded-mongo.mv");
    return new MongoConfig(uri, database, writeConcern, retention, embedded, embeddedFile);
  }

  /** {@code TRADES_RETENTION_DAYS} covers trades and aggregate trades (one collection). */
  static String retentionVariable(SeriesType type) {
    String prefix = type == SeriesType.AGG_TRADES ? "TRADES" : type.name();
    return prefix + "_RETENTION_DAYS";
  }

  private static MysqlConfig mysql(Env env) {
    String user = env.string("MYSQL_USER", "root");
    String password = env.string("MYSQL_PASSWORD", "");
    String url = env.raw("MYSQL_URL");
    if (url == null) {
      String host = env.string("MYSQL_HOST", "localhost");
      int port = env.integer("MYSQL_PORT", 3306, 1, 65535);
      String database = env.string("MYSQL_DB", "petrosa_data_manager");
      if (!NAME.matcher(database).matches()) {
        throw new ConfigException("MYSQL_DB", database, "1 to 64 of A-Z a-z 0-9 _ -");
      }
      url = "jdbc:mysql://" + host + ":" + port + "/" + database + "?createDatabaseIfNotExist=true";
    } else if (!url.startsWith("jdbc:mysql://") && !url.startsWith("jdbc:mariadb://")) {
      throw new ConfigException("MYSQL_URL", url, "a jdbc:mysql:// URL");
    }
    return new MysqlConfig(url, user, password);
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

  private static Duration positive(Env env, String name, Duration fallback, String bareUnit) {
    Duration value = env.duration(name, fallback, bareUnit);
    if (value.isZero()) {
      throw new ConfigException(name, env.raw(name), "a duration greater than zero");
    }
    return value;
  }

  private static String name(Env env, String variable, String fallback) {
    String value = env.string(variable, fallback);
    if (!NAME.matcher(value).matches()) {
      throw new ConfigException(variable, value, "1 to 64 of A-Z a-z 0-9 _ -");
    }
    return value;
  }

  private static void requireSubject(String variable, String subject) {
    if (!SUBJECT.matcher(subject).matches() || subject.startsWith(".") || subject.endsWith(".")) {
      throw new ConfigException(
          variable,
          subject,
          "a NATS subject without wildcards or spaces, e.g. binance.futures.websocket.data");
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
