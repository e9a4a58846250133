package com.mdm.adapter.in.nats;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.port.in.IngestCommand;
import com.mdm.domain.port.in.IngestMarketEventUseCase;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes a delivery, dead-letters what cannot be stored, hands the events to the ingest use case
 * and settles the delivery when that is done: acknowledged only after everything it produced is
 * stored, redelivered with backoff when storing failed.
 */
final class MessageHandler {

  private static final Logger LOG = LoggerFactory.getLogger(MessageHandler.class);
  private static final Duration FIRST_RETRY = Duration.ofMillis(250);
  private static final Duration MAX_RETRY = Duration.ofSeconds(30);

  private final BinanceMessageDecoder decoder;
  private final IngestMarketEventUseCase ingest;
  private final DeadLetterPublisher deadLetters;
  private final ListenerMetrics metrics;
  private final Clock clock;

  MessageHandler(
      BinanceMessageDecoder decoder,
      IngestMarketEventUseCase ingest,
      DeadLetterPublisher deadLetters,
      ListenerMetrics metrics,
      Clock clock) {
    this.decoder = decoder;
    this.ingest = ingest;
    this.deadLetters = deadLetters;
    this.metrics = metrics;
    this.clock = clock;
  }

  /** Handles the delivery; the future completes when it has been settled. */
  CompletableFuture<Void> handle(Delivery delivery) {
    // stores keep milliseconds: a finer receive time would not read back equal
    DecodeResult result =
        decoder.decode(delivery.data(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
    metrics.received(delivery.data().length);
    for (MarketEvent event : result.events()) {
      metrics.decoded(event);
    }
    CompletableFuture<Void> deadLettered =
        result.rejections().isEmpty()
            ? CompletableFuture.completedFuture(null)
            : deadLetters.publish(delivery.data(), result.rejections());
    CompletableFuture<Void> stored = safeIngest(delivery, result);
    return CompletableFuture.allOf(deadLettered, stored)
        .handle(
            (ignored, error) -> {
              settle(delivery, result, error);
              return null;
            });
  }

  private CompletableFuture<Void> safeIngest(Delivery delivery, DecodeResult result) {
    try {
      return ingest.ingest(
          new IngestCommand(
              result.events(),
              delivery.subject(),
              delivery.sequence(),
              result.rejections().size()));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private void settle(Delivery delivery, DecodeResult result, Throwable error) {
    try {
      if (error != null) {
        Duration delay = backoff(delivery.deliveredCount());
        LOG.warn(
            "storing a message failed (delivery {}), redelivering in {} ms: {}",
            delivery.deliveredCount(),
            delay.toMillis(),
            rootMessage(error));
        metrics.retried();
        delivery.retry(delay);
        return;
      }
      for (Rejection rejection : result.rejections()) {
        metrics.deadLettered(rejection.reason());
      }
      if (result.events().isEmpty()) {
        delivery.reject();
      } else {
        delivery.ack();
        metrics.acknowledged(result.events().size());
      }
    } catch (RuntimeException e) {
      LOG.warn("settling a message failed; it will be redelivered: {}", e.getMessage());
    }
  }

  static Duration backoff(long deliveredCount) {
    long attempt = Math.max(1, Math.min(deliveredCount, 20));
    long millis = Math.min(MAX_RETRY.toMillis(), FIRST_RETRY.toMillis() << (attempt - 1));
    long jitter = ThreadLocalRandom.current().nextLong(millis / 4 + 1);
    return Duration.ofMillis(millis - millis / 8 + jitter);
  }

  private static String rootMessage(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
