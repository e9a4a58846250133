package com.mdm.benchmarks;

import io.nats.client.Connection;
import io.nats.client.ConsumeOptions;
import io.nats.client.IterableConsumer;
import io.nats.client.Message;
import io.nats.client.api.AckPolicy;
import io.nats.client.api.ConsumerConfiguration;
import java.time.Duration;

/**
 * The baseline of consuming: one durable pull consumer, {@code iterate} in batches of 500, {@code
 * ack()} on every message, nothing else. The figure is read from the stream like the service's.
 */
final class BareJetStreamLoop {

  private BareJetStreamLoop() {}

  static BenchStream.Drain drain(Connection nats, BenchStream stream, int messages)
      throws Exception {
    IterableConsumer consumer = consumer(nats, stream);
    Thread loop =
        Thread.ofPlatform()
            .name("bare-jetstream-loop")
            .start(
                () -> {
                  int seen = 0;
                  try {
                    while (seen < messages) {
                      Message message = consumer.nextMessage(Duration.ofMillis(500));
                      if (message != null) {
                        message.ack();
                        seen++;
                      }
                    }
                  } catch (Exception e) {
                    throw new IllegalStateException("the bare loop failed", e);
                  }
                });
    try {
      return stream.awaitDrained(messages, Duration.ofMinutes(10));
    } finally {
      consumer.stop();
      loop.join(Duration.ofSeconds(5));
    }
  }

  /**
   * The bare baselines' consumer on {@code stream}: its durable, explicit acks, up to 20,000
   * unacknowledged, read with {@code iterate} in batches of 500.
   */
  static IterableConsumer consumer(Connection nats, BenchStream stream) throws Exception {
    nats.jetStreamManagement()
        .addOrUpdateConsumer(
            stream.name,
            ConsumerConfiguration.builder()
                .durable(stream.durable)
                .filterSubject(stream.subject)
                .ackPolicy(AckPolicy.Explicit)
                .maxAckPending(20_000)
                .build());
    return nats.getConsumerContext(stream.name, stream.durable)
        .iterate(ConsumeOptions.builder().batchSize(500).build());
  }
}
