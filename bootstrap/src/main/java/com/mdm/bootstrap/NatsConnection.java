package com.mdm.bootstrap;

import io.nats.client.Connection;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * The NATS connection, made only when something needs it: development mode on the synthetic feed
 * never connects, and closing then has nothing to close.
 */
@Singleton
final class NatsConnection {

  private final Provider<Connection> connect;
  private volatile Connection connection;

  @Inject
  NatsConnection(@Connecting Provider<Connection> connect) {
    this.connect = connect;
  }

  synchronized Connection get() {
    if (connection == null) {
      connection = connect.get();
    }
    return connection;
  }

  /** Flushes and closes the connection if one was made. */
  void close() throws InterruptedException, java.util.concurrent.TimeoutException {
    Connection made = connection;
    if (made != null) {
      made.flush(Duration.ofSeconds(2));
      made.close();
    }
  }
}
