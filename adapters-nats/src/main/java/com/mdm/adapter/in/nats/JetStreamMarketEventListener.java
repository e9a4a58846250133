package com.mdm.adapter.in.nats;

import io.nats.client.Connection;
import io.nats.client.ConnectionListener;
import io.nats.client.ConsumeOptions;
import io.nats.client.ConsumerContext;
import io.nats.client.IterableConsumer;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamStatusCheckedException;
import io.nats.client.Message;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At-least-once consumption from a JetStream durable pull consumer: a message is acknowledged only
 * after what it carried is stored, handed back with a delay when storing failed, and terminated
 * once dead-lettered.
 */
public final class JetStreamMarketEventListener implements MarketEventListener {

  private static final Logger LOG = LoggerFactory.getLogger(JetStreamMarketEventListener.class);

  private final Connection connection;
  private final NatsListenerSettings settings;
  private final MessageHandler handler;
  private final InFlightLimiter limiter;
  private final ListenerMetrics metrics;
  private volatile boolean running;
  private volatile String streamName;
  private static final Duration RENEW_RETRY = Duration.ofSeconds(2);

  private volatile IterableConsumer consumer;
  private ConsumerContext context;
  private long nextRenewal;
  // the pulls of an iterator die with the server it was made on; a new one pulls at once
  private volatile boolean renew;
  private final ConnectionListener reconnects =
      (connection, event) -> {
        if (event == ConnectionListener.Events.RECONNECTED) {
          renew = true;
        }
      };
  private Thread reader;

  JetStreamMarketEventListener(
      Connection connection,
      NatsListenerSettings settings,
      MessageHandler handler,
      ListenerMetrics metrics) {
    this.connection = connection;
    this.settings = settings;
    this.handler = handler;
    this.metrics = metrics;
    this.limiter = new InFlightLimiter(settings.maxInFlight(), metrics);
  }

  @Override
  public synchronized void start() throws Exception {
    streamName = JetStreamSetup.ensureStream(connection.jetStreamManagement(), settings);
    JetStreamSetup.ensureConsumer(connection.jetStreamManagement(), streamName, settings);
    context = connection.getConsumerContext(streamName, settings.durableName());
    consumer = iterate();
    connection.addConnectionListener(reconnects);
    running = true;
    reader = Thread.ofPlatform().name("jetstream-reader").daemon().start(this::readLoop);
    LOG.info("consuming {}", describe());
  }

  private IterableConsumer iterate() throws IOException, JetStreamApiException {
    // pulls expire after 5 s, so a pull lost with a dead consumer leader is re-issued within
    // seconds
    return context.iterate(
        ConsumeOptions.builder().batchSize(settings.fetchBatchSize()).expiresIn(5_000).build());
  }

  /**
   * After a reconnect: a fresh iterator, whose unacknowledged messages the server redelivers. While
   * JetStream is not answering yet the old one is kept, read on, and renewal tried again later.
   */
  private void renewConsumer() {
    if (System.nanoTime() < nextRenewal) {
      return;
    }
    renew = false;
    IterableConsumer old = consumer;
    try {
      consumer = iterate();
    } catch (IOException | JetStreamApiException | RuntimeException e) {
      renew = true;
      nextRenewal = System.nanoTime() + RENEW_RETRY.toNanos();
      LOG.warn("NATS reconnected but pulling anew failed, retrying: {}", e.getMessage());
      return;
    }
    old.stop();
    LOG.info("NATS reconnected: pulling from durable consumer {} again", settings.durableName());
  }

  private void readLoop() {
    while (running) {
      try {
        if (renew) {
          renewConsumer();
        }
        limiter.acquire();
        Message message = null;
        try {
          message = running ? consumer.nextMessage(Duration.ofMillis(500)) : null;
        } finally {
          if (message == null) {
            limiter.release();
          }
        }
        if (message != null) {
          dispatch(message);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (JetStreamStatusCheckedException | RuntimeException e) {
        LOG.warn("reading from JetStream failed, retrying: {}", e.getMessage());
        pause();
      }
    }
  }

  /** Hands the message to the handler; the permit is released once it is settled, whatever. */
  private void dispatch(Message message) {
    JetStreamDelivery delivery = new JetStreamDelivery(message);
    CompletableFuture<Void> settled;
    try {
      metrics.consumerPending(delivery.pendingCount());
      settled = handler.handle(delivery);
    } catch (RuntimeException e) {
      LOG.error("handing a message to the handler failed; it will be redelivered", e);
      settled = CompletableFuture.completedFuture(null);
    }
    settled.whenComplete((v, e) -> limiter.release());
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public synchronized void stopReceiving() {
    running = false;
    connection.removeConnectionListener(reconnects);
    if (consumer != null) {
      consumer.stop();
    }
    if (reader != null) {
      try {
        reader.join(Duration.ofSeconds(5));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean awaitSettled(Duration timeout) throws InterruptedException {
    return limiter.awaitIdle(timeout);
  }

  @Override
  public String describe() {
    return "JetStream subject "
        + settings.subject()
        + " via stream "
        + (streamName == null ? settings.streamName() : streamName)
        + ", durable consumer "
        + settings.durableName()
        + " (at-least-once)";
  }
}
