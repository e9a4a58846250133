package com.mdm.bootstrap;

import com.mdm.adapter.out.mongo.MongoStorageConfig;
import com.mdm.domain.market.SeriesType;
import java.time.Duration;
import java.util.Map;

/**
 * Where and how market data is stored in MongoDB.
 *
 * @param writeConcern {@code majority} or a number of acknowledging members (1 = acknowledged)
 * @param retention per series type, how long records are kept; absent = forever
 */
public record MongoConfig(
    String uri, String database, String writeConcern, Map<SeriesType, Duration> retention) {

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
