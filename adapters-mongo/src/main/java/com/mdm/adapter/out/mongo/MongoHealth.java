package com.mdm.adapter.out.mongo;

import com.mongodb.reactivestreams.client.MongoDatabase;
import java.time.Duration;
import java.util.Objects;
import org.bson.Document;
import reactor.core.publisher.Mono;

/** Checks that MongoDB answers, for readiness probes and the health API; never throws. */
public final class MongoHealth {

  private final MongoDatabase database;
  private final Duration timeout;

  public MongoHealth(MongoDatabase database, Duration timeout) {
    this.database = Objects.requireNonNull(database, "database must not be null");
    this.timeout = Objects.requireNonNull(timeout, "timeout must not be null");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be > 0 but was " + timeout);
    }
  }

  /** Pings the server, measuring the round trip, and asks for its version. */
  public MongoHealthReport check() {
    try {
      long start = System.nanoTime();
      command(new Document("ping", 1));
      Duration latency = Duration.ofNanos(System.nanoTime() - start);
      Object version = command(new Document("buildInfo", 1)).get("version");
      return MongoHealthReport.up(latency, version == null ? null : version.toString());
    } catch (RuntimeException e) {
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return MongoHealthReport.down("MongoDB health check failed: " + reason);
    }
  }

  private Document command(Document command) {
    return Mono.from(database.runCommand(command))
        .timeout(timeout, Mono.error(() -> new IllegalStateException("timed out")))
        .block();
  }
}
