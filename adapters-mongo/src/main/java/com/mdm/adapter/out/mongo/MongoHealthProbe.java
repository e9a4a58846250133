package com.mdm.adapter.out.mongo;

import com.mdm.domain.port.out.HealthProbe;
import com.mdm.domain.port.out.ProbeResult;
import com.mongodb.reactivestreams.client.MongoDatabase;
import java.time.Duration;
import java.util.Objects;

/** The {@link HealthProbe} of MongoDB: a ping and the server's build version. */
public final class MongoHealthProbe implements HealthProbe {

  public static final String NAME = "mongodb";

  private final MongoDatabase database;

  public MongoHealthProbe(MongoDatabase database) {
    this.database = Objects.requireNonNull(database, "database must not be null");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public ProbeResult check(Duration timeout) {
    long started = System.nanoTime();
    MongoHealthReport report = new MongoHealth(database, timeout).check();
    if (report.up()) {
      return ProbeResult.up(NAME, report.latency(), report.serverVersion());
    }
    return ProbeResult.down(NAME, Duration.ofNanos(System.nanoTime() - started), report.error());
  }
}
