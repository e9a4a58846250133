package com.mdm.adapter.in.nats;

import io.nats.client.Connection;
import io.nats.client.ConnectionListener;
import io.nats.client.ConsumeOptions;
import io.nats.client.ConsumerContext;
import io.nats.client.JetStreamStatusCheckedException;
import io.nats.client.Message;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At-least-once consumption from a JetStream durable pull consumer: a message is acknowledged only
 * after what it carried is stored, handed back with a delay when storing failed, and terminated
 * once dead-lettered. {@link NatsListenerSettings#readers()} threads pull from the one durable
 * consumer, each decoding and handing on what it takes; all share one in-flight bound.
 */
public final class JetStreamMarketEventListener implements MarketEventListener {

  private static final Logger LOG = LoggerFactory.getLogger(JetStreamMarketEventListener.class);

  /**
   * How long a reader waits for a permit before it asks ingest to write its buffers: long enough
   * that permits coming back one by one as a written batch settles do not trigger it.
   */
  static final Duration BOUND_FULL_GRACE = Duration.ofMillis(10);

  private final Connection connection;
  private final NatsListenerSettings settings;
  private final MessageHandler handler;
  private final InFlightLimiter limiter;
  private final ListenerMetrics metrics;
  private volatile boolean running;
  private volatile String streamName;
  private final List<RenewingPull> pulls = new ArrayList<>();
  private final List<Thread> readers = new ArrayList<>();
  private final ConnectionListener reconnects =
      (connection, event) -> {
        if (event == ConnectionListener.Events.RECONNECTED) {
          pulls.forEach(RenewingPull::reconnected);
        }
      };

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
    ConsumerContext context = connection.getConsumerContext(streamName, settings.durableName());
    // pulls expire after 5 s, so a pull lost with a dead consumer leader is re-issued within
    // seconds
    ConsumeOptions options =
        ConsumeOptions.builder().batchSize(settings.fetchBatchSize()).expiresIn(5_000).build();
    for (int i = 0; i < settings.readers(); i++) {
      pulls.add(new RenewingPull(context, options));
    }
    connection.addConnectionListener(reconnects);
    running = true;
    for (int i = 0; i < pulls.size(); i++) {
      RenewingPull pull = pulls.get(i);
      readers.add(
          Thread.ofPlatform().name("jetstream-reader-" + i).daemon().start(() -> readLoop(pull)));
    }
    LOG.info("consuming {}", describe());
  }

  private void readLoop(RenewingPull pull) {
    while (running) {
      try {
        if (!limiter.tryAcquire(BOUND_FULL_GRACE)) {
          // the in-flight bound is full and nothing was settled for a while: no message can join
          // the ingest buffers until some are stored, so waiting out their delay idles the store
          handler.writeBuffered();
          limiter.acquire();
        }
        Message message = null;
        try {
          message = running ? pull.next(Duration.ofMillis(500)) : null;
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
    pulls.forEach(RenewingPull::stop);
    for (Thread reader : readers) {
      try {
        reader.join(Duration.ofSeconds(5));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
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
        + " (at-least-once, "
        + settings.readers()
        + (settings.readers() == 1 ? " reader)" : " readers)");
  }
}
