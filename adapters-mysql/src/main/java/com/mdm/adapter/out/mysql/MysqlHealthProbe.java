package com.mdm.adapter.out.mysql;

import com.mdm.domain.port.out.HealthProbe;
import com.mdm.domain.port.out.ProbeResult;
import java.time.Duration;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/** The {@link HealthProbe} of the metadata database: {@code SELECT VERSION()} with a timeout. */
public final class MysqlHealthProbe implements HealthProbe {

  public static final String NAME = "mysql";

  private final Jdbi jdbi;

  public MysqlHealthProbe(Jdbi jdbi) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi must not be null");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public ProbeResult check(Duration timeout) {
    // JDBC counts whole seconds; the caller bounds the wait to the exact timeout anyway.
    int seconds = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toSeconds()));
    long started = System.nanoTime();
    try {
      String version =
          jdbi.withHandle(
              handle ->
                  handle
                      .createQuery("SELECT VERSION()")
                      .setQueryTimeout(seconds)
                      .mapTo(String.class)
                      .one());
      return ProbeResult.up(NAME, elapsed(started), version);
    } catch (RuntimeException e) {
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return ProbeResult.down(NAME, elapsed(started), "MySQL health check failed: " + reason);
    }
  }

  private static Duration elapsed(long started) {
    return Duration.ofNanos(System.nanoTime() - started);
  }
}
