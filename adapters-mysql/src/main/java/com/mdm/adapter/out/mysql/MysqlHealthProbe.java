package com.mdm.adapter.out.mysql;

import com.mdm.domain.port.out.HealthProbe;
import com.mdm.domain.port.out.ProbeResult;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/**
 * The {@link HealthProbe} of the metadata database: {@code SELECT 1} with a timeout, and the
 * server's version.
 */
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
              handle -> {
                // a round trip proves the server answers; the version comes from the driver,
                // which every database (MySQL, MariaDB, the development H2) reports alike
                handle.createQuery("SELECT 1").setQueryTimeout(seconds).mapTo(Integer.class).one();
                return handle.getConnection().getMetaData().getDatabaseProductVersion();
              });
      return ProbeResult.up(NAME, elapsed(started), version);
    } catch (RuntimeException | SQLException e) {
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return ProbeResult.down(NAME, elapsed(started), "MySQL health check failed: " + reason);
    }
  }

  private static Duration elapsed(long started) {
    return Duration.ofNanos(System.nanoTime() - started);
  }
}
