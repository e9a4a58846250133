package com.mdm.bootstrap;

import com.mdm.domain.market.Symbol;
import io.nats.client.Connection;
import io.nats.client.PublishOptions;
import io.nats.client.api.PublishAck;
import io.nats.client.impl.Headers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Aggregate trades with ids 0, 1, 2, ... published to JetStream in chunks at a steady pace on a
 * thread of their own, each chunk retried until the stream has acknowledged it (a message id makes
 * a retried publish land once), so that a broker going away only delays them.
 */
final class NumberedTrades implements AutoCloseable {

  private static final int CHUNK = 100;
  private static final long START = 1714564800000L;

  private final Callable<Connection> connect;
  private Connection nats;
  private final String subject;
  private final Symbol symbol;
  private final AtomicLong published = new AtomicLong();
  private volatile boolean stopped;
  private Thread thread;

  /** Publishes through connections made by {@code connect}, a new one when one stops answering. */
  NumberedTrades(Callable<Connection> connect, String subject, Symbol symbol) {
    this.connect = connect;
    this.subject = subject;
    this.symbol = symbol;
  }

  /** Starts publishing ids 0 to {@code total}-1, {@code perSecond} of them a second at most. */
  NumberedTrades publish(int total, int perSecond) {
    thread =
        Thread.ofPlatform()
            .daemon()
            .name("numbered-trades")
            .start(() -> run(total, Duration.ofMillis(1000L * CHUNK / perSecond)));
    return this;
  }

  private void run(int total, Duration perChunk) {
    for (int from = 0; from < total && !stopped; from += CHUNK) {
      long began = System.nanoTime();
      int to = Math.min(total, from + CHUNK);
      int failures = 0;
      while (!stopped && !publishChunk(from, to)) {
        // a reconnected client has been seen to get no JetStream answers for good: start afresh
        if (++failures % 3 == 0) {
          reconnect();
        }
        pause(Duration.ofMillis(200));
      }
      published.set(to);
      pause(perChunk.minusNanos(System.nanoTime() - began));
    }
  }

  private void reconnect() {
    try {
      if (nats != null) {
        nats.close();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    nats = null;
  }

  private boolean publishChunk(int from, int to) {
    try {
      if (nats == null) {
        nats = connect.call();
      }
      List<CompletableFuture<PublishAck>> acks = new ArrayList<>();
      for (int id = from; id < to; id++) {
        acks.add(
            nats.jetStream()
                .publishAsync(
                    subject,
                    new Headers(),
                    json(id),
                    PublishOptions.builder().messageId("agg-" + id).build()));
      }
      for (CompletableFuture<PublishAck> ack : acks) {
        ack.get(5, TimeUnit.SECONDS);
      }
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  private byte[] json(long id) {
    long time = START + id;
    return ("{\"e\":\"aggTrade\",\"E\":%d,\"a\":%d,\"s\":\"%s\",\"p\":\"0.69067\",\"q\":\"369\","
            + "\"f\":%d,\"l\":%d,\"T\":%d,\"m\":true}")
        .formatted(time, id, symbol.value(), id, id, time)
        .getBytes(StandardCharsets.UTF_8);
  }

  /** How many ids the stream has acknowledged so far. */
  long published() {
    return published.get();
  }

  /** Waits for the publishing thread to have published everything. */
  void awaitDone(Duration timeout) throws InterruptedException {
    if (!thread.join(timeout)) {
      throw new AssertionError("only " + published() + " published after " + timeout);
    }
  }

  private static void pause(Duration duration) {
    if (duration.isNegative() || duration.isZero()) {
      return;
    }
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() throws InterruptedException {
    stopped = true;
    if (thread != null) {
      thread.join(Duration.ofSeconds(10));
    }
    reconnect();
  }
}
