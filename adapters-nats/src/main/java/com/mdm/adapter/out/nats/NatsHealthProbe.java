package com.mdm.adapter.out.nats;

import com.mdm.domain.port.out.HealthProbe;
import com.mdm.domain.port.out.ProbeResult;
import io.nats.client.Connection;
import java.time.Duration;
import java.util.Objects;

/**
 * The {@link HealthProbe} of NATS: the connection's state, a ping round trip bounded by the
 * timeout, and the version the server announced.
 */
public final class NatsHealthProbe implements HealthProbe {

  public static final String NAME = "nats";

  private final Connection connection;

  public NatsHealthProbe(Connection connection) {
    this.connection = Objects.requireNonNull(connection, "connection must not be null");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public ProbeResult check(Duration timeout) {
    long started = System.nanoTime();
    Connection.Status status = connection.getStatus();
    if (status != Connection.Status.CONNECTED) {
      return ProbeResult.down(NAME, elapsed(started), "NATS connection is " + status);
    }
    try {
      // flush sends a PING and waits for the PONG, within the timeout: one round trip.
      connection.flush(timeout);
      return ProbeResult.up(NAME, elapsed(started), connection.getServerInfo().getVersion());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ProbeResult.down(NAME, elapsed(started), "NATS health check was interrupted");
    } catch (Exception e) {
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return ProbeResult.down(NAME, elapsed(started), "NATS health check failed: " + reason);
    }
  }

  private static Duration elapsed(long started) {
    return Duration.ofNanos(System.nanoTime() - started);
  }
}
