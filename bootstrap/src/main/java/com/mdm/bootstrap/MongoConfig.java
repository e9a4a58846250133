package com.mdm.bootstrap;

import com.mdm.adapter.out.mongo.MongoStorageConfig;
import com.mdm.domain.market.SeriesType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Where and how market data is stored in MongoDB.
 *
 * @param writeConcern {@code majority} or a number of acknowledging members (1 = acknowledged)
 * @param retention per series type, how long records are kept; absent = forever
 * @param embedded whether to run a MongoDB-wire server inside the service instead of using {@code
 *     uri}
 * @param embeddedFile the store of the embedded server in {@code FILE} mode
 */
public record MongoConfig(
    String uri,
    String database,
    String writeConcern,
    Map<SeriesType, Duration> retention,
    Embedded embedded,
    Path embeddedFile) {

  /** Development modes of the embedded MongoDB-wire server. */
  public enum Embedded {
    OFF,
    MEMORY,
    FILE
  }

  public MongoConfig {
    retention = Map.copyOf(retention);
  }

  /** The storage settings the MongoDB adapter takes. */
  public MongoStorageConfig storage() {
    return new MongoStorageConfig(
        database, writeConcern, retention, MongoStorageConfig.DEFAULT_QUERY_TIMEOUT);
  }

  @Override
  public String toString() {
    return "MongoConfig[uri="
        + redactedUri()
        + ", database="
        + database
        + ", writeConcern="
        + writeConcern
        + ", retention="
        + retention
        + "]";
  }

  /** The URI with any password replaced, for logs. */
  public String redactedUri() {
    return uri.replaceAll("://([^:@/]+):[^@/]*@", "://$1:***@");
  }
}
