package com.mdm.bootstrap;

import com.mdm.domain.market.SeriesType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads the MongoDB variables: where it is, how to write, retention, the embedded mode. */
final class MongoConfigLoader {

  private static final Pattern NAME = Pattern.compile("^[A-Za-z0-9_-]{1,64}$");

  private MongoConfigLoader() {}

  static MongoConfig load(Env env) {
    String database = env.string("MONGODB_DB", "petrosa_data_manager");
    if (!NAME.matcher(database).matches()) {
      throw new ConfigException("MONGODB_DB", database, "1 to 64 of A-Z a-z 0-9 _ -");
    }
    String uri = env.raw("MONGODB_URI");
    String user = env.raw("MONGODB_USER");
    String password = env.secret("MONGODB_PASSWORD");
    if (uri == null) {
      String host = env.string("MONGODB_HOST", "localhost");
      int port = env.integer("MONGODB_PORT", 27017, 1, 65535);
      String credentials =
          user == null ? "" : encode(user) + ":" + encode(password == null ? "" : password) + "@";
      uri = "mongodb://" + credentials + host + ":" + port + "/";
    } else if (!uri.startsWith("mongodb://") && !uri.startsWith("mongodb+srv://")) {
      throw new ConfigException(
          "MONGODB_URI", uri, "a mongodb:// or mongodb+srv:// connection string");
    } else if (user != null || password != null) {
      uri = withCredentials(uri, user, password);
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

  /**
   * {@code MONGODB_URI} with {@code MONGODB_USER} and {@code MONGODB_PASSWORD} (or its file) put in
   * as its credentials, so the password need not be written into the URI; credentials given twice
   * are refused rather than one silently winning.
   */
  static String withCredentials(String uri, String user, String password) {
    int start = uri.indexOf("://") + 3;
    int slash = uri.indexOf('/', start);
    int at = uri.lastIndexOf('@', slash < 0 ? uri.length() : slash);
    String userInfo = at < start ? null : uri.substring(start, at);
    String uriUser = userInfo == null ? null : userInfo.split(":", 2)[0];
    boolean uriPassword = userInfo != null && userInfo.contains(":");
    if (uriPassword && password != null) {
      throw new ConfigException(
          "MONGODB_PASSWORD", Redaction.MASK, "unset while MONGODB_URI holds a password");
    }
    if (uriUser != null && user != null) {
      throw new ConfigException("MONGODB_USER", user, "unset while MONGODB_URI names a user");
    }
    String name = user != null ? encode(user) : uriUser;
    if (name == null) {
      throw new ConfigException(
          "MONGODB_USER", null, "a user for MONGODB_PASSWORD (in MONGODB_USER or MONGODB_URI)");
    }
    String secret = password != null ? ":" + encode(password) : "";
    return uri.substring(0, start)
        + name
        + secret
        + "@"
        + uri.substring(userInfo == null ? start : at + 1);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
