package com.mdm.adapter.in.nats;

import io.nats.client.Connection;
import io.nats.client.Dispatcher;
import io.nats.client.Message;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At-most-once consumption from a core NATS subscription, for deployments without JetStream: a
 * message whose storage fails is logged and counted, and cannot be redelivered.
 */
public final class NatsCoreMarketEventListener implements MarketEventListener {

  private static final Logger LOG = LoggerFactory.getLogger(NatsCoreMarketEventListener.class);

  private final Connection connection;
  private final NatsListenerSettings settings;
  private final MessageHandler handler;
  private final InFlightLimiter limiter;
  private Dispatcher dispatcher;

  NatsCoreMarketEventListener(
      Connection connection,
      NatsListenerSettings settings,
      MessageHandler handler,
      ListenerMetrics metrics) {
    this.connection = connection;
    this.settings = settings;
    this.handler = handler;
    this.limiter = new InFlightLimiter(settings.maxInFlight(), metrics);
  }

  @Override
  public synchronized void start() {
    dispatcher = connection.createDispatcher(this::onMessage);
    if (settings.queueGroup() == null || settings.queueGroup().isBlank()) {
      dispatcher.subscribe(settings.subject());
    } else {
      dispatcher.subscribe(settings.subject(), settings.queueGroup());
    }
    LOG.info("consuming {}", describe());
  }

  private void onMessage(Message message) throws InterruptedException {
    limiter.acquire();
    CompletableFuture<Void> settled;
    try {
      byte[] data = message.getData() == null ? new byte[0] : message.getData();
      settled = handler.handle(new CoreDelivery(message.getSubject(), data));
    } catch (RuntimeException e) {
      LOG.error("handing a core NATS message to the handler failed; it is lost", e);
      settled = CompletableFuture.completedFuture(null);
    }
    settled.whenComplete((v, e) -> limiter.release());
  }

  @Override
  public synchronized void stopReceiving() {
    if (dispatcher != null) {
      connection.closeDispatcher(dispatcher);
      dispatcher = null;
    }
  }

  @Override
  public boolean awaitSettled(Duration timeout) throws InterruptedException {
    return limiter.awaitIdle(timeout);
  }

  @Override
  public String describe() {
    return "core NATS subject "
        + settings.subject()
        + (settings.queueGroup() == null ? "" : " in queue group " + settings.queueGroup())
        + " (at-most-once)";
  }

  /** A core message: nothing to acknowledge, and nothing can bring it back. */
  private record CoreDelivery(String subject, byte[] data) implements Delivery {

    private static final Logger LOST = LoggerFactory.getLogger(CoreDelivery.class);

    @Override
    public long sequence() {
      return 0;
    }

    @Override
    public long deliveredCount() {
      return 1;
    }

    @Override
    public void ack() {}

    @Override
    public void retry(Duration delay) {
      LOST.error(
          "core NATS mode: a message that could not be stored is lost ({} bytes)", data.length);
    }

    @Override
    public void reject() {}
  }
}
