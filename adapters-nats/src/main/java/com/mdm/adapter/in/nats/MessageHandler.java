package com.mdm.adapter.in.nats;

import com.mdm.decoder.binance.BinanceMessageDecoder;
import com.mdm.decoder.binance.DecodeResult;
import com.mdm.decoder.binance.RejectReason;
import com.mdm.decoder.binance.Rejection;
import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.port.in.IngestCommand;
import com.mdm.domain.port.in.IngestMarketEventUseCase;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes a delivery, dead-letters what cannot be stored, hands the events to the ingest use case
 * and settles the delivery when that is done: acknowledged only after everything it produced is
 * stored, redelivered with backoff when storing or dead-lettering failed, terminated once
 * dead-lettered. It never throws: a failure nobody planned for dead-letters the message as {@code
 * internal_error} under an incident id that the log explains.
 */
final class MessageHandler {

  private static final Logger LOG = LoggerFactory.getLogger(MessageHandler.class);
  private static final Duration FIRST_RETRY = Duration.ofMillis(250);
  private static final Duration MAX_RETRY = Duration.ofSeconds(30);

  /** Deliveries after which a message that cannot even be dead-lettered is given up. */
  static final long MAX_INTERNAL_ERROR_DELIVERIES = 5;

  private final BinanceMessageDecoder decoder;
  private final IngestMarketEventUseCase ingest;
  private final DeadLetterPublisher deadLetters;
  private final ListenerMetrics metrics;
  private final Clock clock;
  private final Settlement settlement;
  private final MessageTracing tracing;

  MessageHandler(
      BinanceMessageDecoder decoder,
      IngestMarketEventUseCase ingest,
      DeadLetterPublisher deadLetters,
      ListenerMetrics metrics,
      Clock clock) {
    this(decoder, ingest, deadLetters, metrics, clock, MessageTracing.NONE);
  }

  MessageHandler(
      BinanceMessageDecoder decoder,
      IngestMarketEventUseCase ingest,
      DeadLetterPublisher deadLetters,
      ListenerMetrics metrics,
      Clock clock,
      MessageTracing tracing) {
    this.tracing = tracing;
    this.decoder = decoder;
    this.ingest = ingest;
    this.deadLetters = deadLetters;
    this.metrics = metrics;
    this.clock = clock;
    this.settlement = new Settlement(metrics);
  }

  /**
   * Asks ingest to write what it has buffered now: the caller can take no more messages until some
   * are settled. Never throws; without it the buffers are written when their delay runs out.
   */
  void writeBuffered() {
    try {
      ingest.writeBuffered();
    } catch (RuntimeException e) {
      LOG.warn("asking ingest to write its buffers failed: {}", e.toString());
    }
  }

  /** Handles the delivery; the future completes, never exceptionally, once it is settled. */
  CompletableFuture<Void> handle(Delivery delivery) {
    if (tracing != MessageTracing.NONE) {
      return tracing.around(
          delivery.data(), delivery.subject(), delivery.sequence(), () -> untraced(delivery));
    }
    return untraced(delivery);
  }

  private CompletableFuture<Void> untraced(Delivery delivery) {
    try {
      return process(delivery);
    } catch (Throwable unexpected) {
      return internalError(delivery, unexpected);
    }
  }

  private CompletableFuture<Void> process(Delivery delivery) {
    byte[] data = delivery.data();
    // stores keep milliseconds: a finer receive time would not read back equal
    DecodeResult result = decoder.decode(data, clock.instant().truncatedTo(ChronoUnit.MILLIS));
    metrics.received(data.length);
    for (MarketEvent event : result.events()) {
      metrics.decoded(event);
    }
    CompletableFuture<Void> deadLettered =
        result.rejections().isEmpty() ? null : deadLetters.publish(data, result.rejections());
    CompletableFuture<Void> stored =
        result.events().isEmpty() && result.rejections().isEmpty()
            ? CompletableFuture.completedFuture(null)
            : ingest(delivery, result);
    // the common case, nothing rejected, waits on the store alone
    CompletableFuture<Void> done =
        deadLettered == null ? stored : CompletableFuture.allOf(deadLettered, stored);
    return done.handle(
        (ignored, error) -> {
          settlement.settle(delivery, result, error);
          return null;
        });
  }

  /** The ingest call; a failure of its future is a storage failure, to retry. */
  private CompletableFuture<Void> ingest(Delivery delivery, DecodeResult result) {
    CompletableFuture<Void> stored =
        ingest.ingest(
            new IngestCommand(
                result.events(),
                delivery.subject(),
                delivery.sequence(),
                result.rejections().size()));
    if (stored == null) {
      throw new IllegalStateException("the ingest use case returned no future");
    }
    return stored;
  }

  private CompletableFuture<Void> internalError(Delivery delivery, Throwable unexpected) {
    String incident = Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16);
    try {
      LOG.error(
          "incident {}: handling a message from {} (stream sequence {}, delivery {}) failed"
              + " unexpectedly; it is dead-lettered as internal_error",
          incident,
          delivery.subject(),
          delivery.sequence(),
          delivery.deliveredCount(),
          unexpected);
      Rejection rejection =
          new Rejection(
              RejectReason.INTERNAL_ERROR,
              "incident " + incident + ": " + unexpected.getClass().getName());
      return deadLetters
          .publish(delivery.data(), List.of(rejection))
          .handle(
              (ignored, error) -> {
                settlement.settleInternalError(delivery, incident, error);
                return null;
              });
    } catch (Throwable again) {
      settlement.settleInternalError(delivery, incident, again);
      return CompletableFuture.completedFuture(null);
    }
  }

  static Duration backoff(long deliveredCount) {
    long attempt = Math.max(1, Math.min(deliveredCount, 20));
    long millis = Math.min(MAX_RETRY.toMillis(), FIRST_RETRY.toMillis() << (attempt - 1));
    long jitter = ThreadLocalRandom.current().nextLong(millis / 4 + 1);
    return Duration.ofMillis(millis - millis / 8 + jitter);
  }
}
