package com.mdm.adapter.in.nats;

import io.nats.client.ConsumeOptions;
import io.nats.client.ConsumerContext;
import io.nats.client.IterableConsumer;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamStatusCheckedException;
import io.nats.client.Message;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One reader's pull iterator on the durable consumer, made afresh after a reconnect: the pulls of
 * an iterator die with the server it was made on, and a new one pulls at once instead of waiting
 * for the client's missed-heartbeat alarm.
 */
final class RenewingPull {

  private static final Logger LOG = LoggerFactory.getLogger(RenewingPull.class);
  private static final Duration RENEW_RETRY = Duration.ofSeconds(2);

  private final ConsumerContext context;
  private final ConsumeOptions options;
  private volatile IterableConsumer consumer;
  private volatile boolean renew;
  private long nextRenewal;

  RenewingPull(ConsumerContext context, ConsumeOptions options)
      throws IOException, JetStreamApiException {
    this.context = context;
    this.options = options;
    this.consumer = context.iterate(options);
  }

  /** Called from the connection's listener thread: the next read makes a fresh iterator. */
  void reconnected() {
    renew = true;
  }

  Message next(Duration wait) throws InterruptedException, JetStreamStatusCheckedException {
    if (renew) {
      renew();
    }
    return consumer.nextMessage(wait);
  }

  /**
   * A fresh iterator, whose unacknowledged messages the server redelivers. While JetStream is not
   * answering yet the old one is kept, read on, and renewal tried again later.
   */
  private void renew() {
    if (System.nanoTime() < nextRenewal) {
      return;
    }
    renew = false;
    IterableConsumer old = consumer;
    try {
      consumer = context.iterate(options);
    } catch (IOException | JetStreamApiException | RuntimeException e) {
      renew = true;
      nextRenewal = System.nanoTime() + RENEW_RETRY.toNanos();
      LOG.warn("NATS reconnected but pulling anew failed, retrying: {}", e.getMessage());
      return;
    }
    old.stop();
    LOG.info("NATS reconnected: pulling from the durable consumer again");
  }

  void stop() {
    consumer.stop();
  }
}
