package com.mdm.benchmarks;

import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.ConsumerInfo;
import io.nats.client.api.PublishAck;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * A JetStream stream of the benchmark's own (unique names, file storage like the service's), its
 * preloading, and the drain measured from the stream's side: consumer info polled every 10 ms.
 */
final class BenchStream implements AutoCloseable {

  final String id = UUID.randomUUID().toString().substring(0, 8);
  final String subject = "mdm.bench." + id + ".data";
  final String name = "MDM_BENCH_" + id.toUpperCase(Locale.ROOT);
  final String durable = "bench-" + id;
  private final Connection nats;
  private final JetStreamManagement management;

  BenchStream(Connection nats) throws IOException, JetStreamApiException {
    this.nats = nats;
    this.management = nats.jetStreamManagement();
    management.addStream(
        StreamConfiguration.builder()
            .name(name)
            .subjects(subject, subject + ".dlq")
            .storageType(StorageType.File)
            .build());
  }

  /** Publishes every message, 5,000 unacknowledged at most; returns messages/s. */
  double preload(List<byte[]> messages) throws IOException {
    long started = System.nanoTime();
    List<CompletableFuture<PublishAck>> window = new ArrayList<>();
    // one context for all: jnats parses the server's version anew for each jetStream() call
    JetStream jetStream = nats.jetStream();
    for (byte[] message : messages) {
      window.add(jetStream.publishAsync(subject, message));
      if (window.size() == 5_000) {
        CompletableFuture.allOf(window.toArray(CompletableFuture[]::new)).join();
        window.clear();
      }
    }
    CompletableFuture.allOf(window.toArray(CompletableFuture[]::new)).join();
    return messages.size() / ((System.nanoTime() - started) / 1e9);
  }

  /** The durable consumer's info, or null while it does not exist. */
  ConsumerInfo consumer() {
    try {
      return management.getConsumerInfo(name, durable);
    } catch (JetStreamApiException | IOException e) {
      return null;
    }
  }

  /**
   * Waits until the durable consumer has delivered and settled {@code messages} messages; returns
   * the time from the first delivery seen to the last acknowledgement seen, in seconds.
   */
  Drain awaitDrained(long messages, Duration timeout) throws InterruptedException {
    return awaitDrained(0, messages, timeout);
  }

  /**
   * As {@link #awaitDrained(long, Duration)} for the {@code messages} messages after stream
   * sequence {@code after}: from the first delivery past it to the ack floor at its last.
   */
  Drain awaitDrained(long after, long messages, Duration timeout) throws InterruptedException {
    return settle(
        after, messages, timeout, info -> info.getDelivered().getStreamSequence() > after);
  }

  /**
   * Waits until the {@code messages} messages after stream sequence {@code after}, already in the
   * stream, are settled; times them from the first poll showing {@code after} messages acknowledged
   * to the ack floor at the last. Acknowledged is counted as delivered minus pending (exact without
   * redeliveries): the ack floor would start the clock late, since it waits for the slowest message
   * before it while thousands after it are settled.
   */
  Drain awaitAcknowledged(long after, long messages, Duration timeout) throws InterruptedException {
    return settle(
        after,
        messages,
        timeout,
        info -> info.getDelivered().getStreamSequence() - info.getNumAckPending() >= after);
  }

  /**
   * Polls every 10 ms until the ack floor is at {@code after + messages} with nothing pending,
   * timing from the first poll {@code started} accepts; logs progress every 5 s.
   */
  private Drain settle(long after, long messages, Duration timeout, Predicate<ConsumerInfo> started)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    long first = 0;
    long reported = System.nanoTime();
    while (System.nanoTime() < deadline) {
      ConsumerInfo info = consumer();
      long now = System.nanoTime();
      if (info != null && now - reported > 5_000_000_000L) {
        reported = now;
        BenchContext.log(
            "  %s: delivered %,d, ack floor %,d, unacknowledged %,d",
            durable,
            info.getDelivered().getStreamSequence(),
            info.getAckFloor().getStreamSequence(),
            info.getNumAckPending());
      }
      if (info != null && first == 0 && started.test(info)) {
        first = now;
      }
      if (info != null
          && info.getAckFloor().getStreamSequence() >= after + messages
          && info.getNumAckPending() == 0) {
        return new Drain(messages, (now - first) / 1e9, info.getRedelivered());
      }
      Thread.sleep(10);
    }
    throw new IllegalStateException(
        "the consumer did not settle " + messages + " messages within " + timeout);
  }

  /** A drained stream: messages settled, seconds from first delivery to last ack, redeliveries. */
  record Drain(long messages, double seconds, long redelivered) {
    double perSecond() {
      return messages / seconds;
    }
  }

  @Override
  public void close() {
    try {
      management.deleteStream(name);
    } catch (JetStreamApiException | IOException e) {
      // already gone
    }
  }
}
