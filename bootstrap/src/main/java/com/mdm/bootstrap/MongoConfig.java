package com.mdm.bootstrap;

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

  /** The URI with any password replaced, for logs. */
  public String redactedUri() {
    return uri.replaceAll("://([^:@/]+):[^@/]*@", "://$1:***@");
  }
}
