package com.mdm.adapter.in.nats;

import java.time.Duration;
import java.util.List;

/**
 * Listener settings for the JetStream ITs: a stream the listener creates (limits retention, one
 * hour, one copy), its dead letters on {@code subject + ".dlq"}, one reader, 1,000 unacknowledged
 * at most on the server.
 */
final class JetStreamSettings {

  private JetStreamSettings() {}

  static NatsListenerSettings of(
      String subject,
      String stream,
      List<String> streamSubjects,
      String durable,
      Duration ackWait,
      int maxInFlight,
      int fetchBatchSize) {
    return new NatsListenerSettings(
        subject,
        NatsListenerSettings.DeliveryMode.JETSTREAM,
        subject + ".dlq",
        stream,
        streamSubjects,
        true,
        NatsListenerSettings.StreamRetention.LIMITS,
        Duration.ofHours(1),
        1,
        durable,
        null,
        ackWait,
        1000,
        maxInFlight,
        fetchBatchSize,
        1);
  }
}
