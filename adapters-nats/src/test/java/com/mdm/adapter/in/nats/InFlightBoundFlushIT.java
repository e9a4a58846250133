package com.mdm.adapter.in.nats;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.decoder.binance.BinanceMessageDecoder;
import com.mdm.decoder.binance.DecoderLimits;
import com.mdm.domain.port.in.IngestCommand;
import com.mdm.domain.port.in.IngestMarketEventUseCase;
import com.mdm.testsupport.Await;
import com.mdm.testsupport.TestServices;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.nats.client.Connection;
import io.nats.client.Nats;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A reader held at the in-flight bound asks ingest to write what it buffers instead of leaving the
 * store idle until the batch delay runs out: against an ingest that stores nothing until asked (a
 * batch delay of forever), more messages than the bound are all stored and acknowledged.
 */
class InFlightBoundFlushIT {

  private static final int BOUND = 5;
  private static final int MESSAGES = 40;

  private final Queue<CompletableFuture<Void>> buffered = new ConcurrentLinkedQueue<>();
  private final AtomicInteger stored = new AtomicInteger();
  private final AtomicInteger asked = new AtomicInteger();

  /** Buffers every command until asked to write; never writes by itself. */
  private final IngestMarketEventUseCase ingest =
      new IngestMarketEventUseCase() {
        @Override
        public CompletableFuture<Void> ingest(IngestCommand command) {
          CompletableFuture<Void> written = new CompletableFuture<>();
          buffered.add(written);
          return written;
        }

        @Override
        public void writeBuffered() {
          asked.incrementAndGet();
          for (CompletableFuture<Void> next; (next = buffered.poll()) != null; ) {
            stored.incrementAndGet();
            next.complete(null);
          }
        }
      };

  @Test
  void givenTheInFlightBoundFullWhenNothingSettlesThenTheReaderAsksIngestToWriteItsBuffers()
      throws Exception {
    String id = TestServices.uniqueName("flush");
    String subject = id + ".data";
    try (Connection connection = Nats.connect(TestServices.natsUrl())) {
      NatsListenerSettings settings =
          JetStreamSettings.of(
              subject,
              id.toUpperCase(java.util.Locale.ROOT).replace('-', '_'),
              List.of(),
              id,
              Duration.ofSeconds(30),
              BOUND,
              100);
      MarketEventListener listener =
          MarketEventListeners.create(
              connection,
              settings,
              new BinanceMessageDecoder(DecoderLimits.defaults()),
              ingest,
              new ListenerMetrics(new SimpleMeterRegistry()),
              Clock.systemUTC());
      listener.start();
      try {
        for (int i = 0; i < MESSAGES; i++) {
          long time = 1714564800000L + i;
          String json =
              ("{\"e\":\"aggTrade\",\"E\":%d,\"a\":%d,\"s\":\"FLUSHUSDT\",\"p\":\"1.5\","
                      + "\"q\":\"2\",\"f\":%d,\"l\":%d,\"T\":%d,\"m\":true}")
                  .formatted(time, i, i, i, time);
          connection.jetStream().publish(subject, json.getBytes(StandardCharsets.UTF_8));
        }

        Await.until(
            "every message stored and acknowledged",
            Duration.ofSeconds(30),
            () -> ackFloor(connection, settings),
            floor -> floor == MESSAGES);
        assertThat(stored.get()).isEqualTo(MESSAGES);
        assertThat(asked.get()).isPositive();
        assertThat(listener.awaitSettled(Duration.ofSeconds(5))).isTrue();
      } finally {
        listener.stopReceiving();
        connection.jetStreamManagement().deleteStream(settings.streamName());
      }
    }
  }

  private static long ackFloor(Connection connection, NatsListenerSettings settings) {
    try {
      return connection
          .jetStreamManagement()
          .getConsumerInfo(settings.streamName(), settings.durableName())
          .getAckFloor()
          .getStreamSequence();
    } catch (Exception e) {
      return -1;
    }
  }
}
