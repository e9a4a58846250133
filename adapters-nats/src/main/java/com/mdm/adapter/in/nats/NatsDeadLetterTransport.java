package com.mdm.adapter.in.nats;

import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.impl.Headers;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * Sends dead letters over NATS: acknowledged by JetStream when a stream captures the dead-letter
 * subject, otherwise a core publish, kept only by whoever subscribes.
 */
final class NatsDeadLetterTransport implements DeadLetterTransport {

  private final Connection connection;
  private final JetStream jetStream;
  private volatile Boolean captured;

  /**
   * @param jetStream null to publish with core NATS
   */
  NatsDeadLetterTransport(Connection connection, JetStream jetStream) {
    this.connection = connection;
    this.jetStream = jetStream;
  }

  @Override
  public CompletableFuture<Void> send(String subject, Headers headers, byte[] body) {
    try {
      if (jetStream == null || !captured(subject)) {
        connection.publish(subject, headers, body);
        return CompletableFuture.completedFuture(null);
      }
      return jetStream.publishAsync(subject, headers, body).thenApply(ack -> null);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(new IOException("dead-letter publish failed", e));
    }
  }

  @Override
  public long maxPayload() {
    long max = connection.getMaxPayload();
    return max > 0 ? max : Long.MAX_VALUE;
  }

  /** Whether a stream captures the dead-letter subject, so a JetStream publish can succeed. */
  private boolean captured(String subject) {
    if (captured == null) {
      try {
        captured = !connection.jetStreamManagement().getStreamNames(subject).isEmpty();
      } catch (IOException | JetStreamApiException e) {
        return false;
      }
    }
    return captured;
  }
}
