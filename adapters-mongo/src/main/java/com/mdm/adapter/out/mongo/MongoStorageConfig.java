package com.mdm.adapter.out.mongo;

import com.mdm.domain.market.SeriesType;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Settings of the MongoDB series storage, free of driver types.
 *
 * @param database name of the database holding the series collections
 * @param writeConcern {@code majority} or a number of acknowledging members such as {@code 1}; on a
 *     standalone server {@code majority} behaves like {@code 1}
 * @param retention per series type, how long a record is kept after it was received; types without
 *     an entry are kept forever
 * @param queryTimeout how long a read may take before it fails
 */
public record MongoStorageConfig(
    String database,
    String writeConcern,
    Map<SeriesType, Duration> retention,
    Duration queryTimeout) {

  /** The write concern used unless configured otherwise. */
  public static final String DEFAULT_WRITE_CONCERN = "majority";

  /** The query timeout used unless configured otherwise. */
  public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(10);

  private static final Pattern DATABASE_NAME = Pattern.compile("^[^/\\\\. \"$*<>:|?\\x00]{1,63}$");

  public MongoStorageConfig {
    Objects.requireNonNull(database, "database must not be null");
    if (!DATABASE_NAME.matcher(database).matches()) {
      throw new IllegalArgumentException(
          "database '"
              + database
              + "' is invalid: expected 1 to 63 characters without / \\ . space \" $ * < > : | ?");
    }
    WriteConcerns.parse(writeConcern);
    Objects.requireNonNull(retention, "retention must not be null");
    retention.forEach(MongoStorageConfig::checkRetention);
    retention = retention.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(retention));
    Objects.requireNonNull(queryTimeout, "queryTimeout must not be null");
    if (queryTimeout.isNegative() || queryTimeout.isZero()) {
      throw new IllegalArgumentException("queryTimeout must be > 0 but was " + queryTimeout);
    }
  }

  /** Majority writes, no retention and a ten-second query timeout. */
  public static MongoStorageConfig defaults(String database) {
    return new MongoStorageConfig(database, DEFAULT_WRITE_CONCERN, Map.of(), DEFAULT_QUERY_TIMEOUT);
  }

  /** A copy that keeps records of {@code type} for {@code duration} after they were received. */
  public MongoStorageConfig withRetention(SeriesType type, Duration duration) {
    Map<SeriesType, Duration> copy = new EnumMap<>(SeriesType.class);
    copy.putAll(retention);
    copy.put(Objects.requireNonNull(type, "type must not be null"), duration);
    return new MongoStorageConfig(database, writeConcern, copy, queryTimeout);
  }

  /** A copy with another write concern, e.g. {@code 1} for tests against a single server. */
  public MongoStorageConfig withWriteConcern(String value) {
    return new MongoStorageConfig(database, value, retention, queryTimeout);
  }

  private static void checkRetention(SeriesType type, Duration duration) {
    Objects.requireNonNull(type, "retention type must not be null");
    Objects.requireNonNull(duration, () -> "retention of " + type + " must not be null");
    if (duration.getSeconds() < 1 || duration.getSeconds() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "retention of " + type + " must be between 1 second and 68 years but was " + duration);
    }
  }
}
