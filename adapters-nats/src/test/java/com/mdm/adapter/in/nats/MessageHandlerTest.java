package com.mdm.adapter.in.nats;

import static com.mdm.adapter.in.nats.DeadLetterHeaders.DETAIL_HEADER;
import static com.mdm.adapter.in.nats.DeadLetterHeaders.REASON_HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.decoder.binance.BinanceMessageDecoder;
import com.mdm.decoder.binance.DecoderLimits;
import com.mdm.decoder.binance.RejectReason;
import com.mdm.domain.port.in.IngestCommand;
import com.mdm.domain.port.in.IngestMarketEventUseCase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every path of the at-least-once logic through the {@link Delivery} seam: how the delivery is
 * settled, what is dead-lettered, and that the in-flight permit always comes back.
 */
class MessageHandlerTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-10-20T12:00:00.000123456Z"), ZoneOffset.UTC);
  private static final String GOOD =
      """
      {"e":"aggTrade","E":1760961599500,"a":700001,"s":"TESTUSDT","p":"12.3450","q":"7.5",\
      "f":900001,"l":900003,"T":1760961599498,"m":false}""";
  private static final String NON_ASCII_SYMBOL = GOOD.replace("TESTUSDT", "BTCÜSDT");

  private final ListenerMetrics metrics = new ListenerMetrics(new SimpleMeterRegistry());
  private final RecordingTransport transport = new RecordingTransport();
  private final List<IngestCommand> ingested = new CopyOnWriteArrayList<>();
  private final InFlightLimiter limiter = new InFlightLimiter(10, metrics);
  private volatile Mode ingestMode = Mode.STORE;

  private enum Mode {
    STORE,
    FAIL_LATER,
    THROW
  }

  private final IngestMarketEventUseCase ingest =
      command -> {
        ingested.add(command);
        return switch (ingestMode) {
          case STORE -> CompletableFuture.completedFuture(null);
          case FAIL_LATER -> CompletableFuture.failedFuture(new IOException("write timed out"));
          case THROW -> throw new IllegalStateException("a defect in the use case");
        };
      };

  private final MessageHandler handler =
      new MessageHandler(
          new BinanceMessageDecoder(DecoderLimits.defaults()),
          ingest,
          new DeadLetterPublisher(transport, "test.subject.dlq", "test.subject"),
          metrics,
          CLOCK);

  @Test
  void givenAGoodMessageWhenItIsStoredThenItIsAcknowledgedAndNothingIsDeadLettered()
      throws Exception {
    RecordingDelivery delivery = handle(GOOD.getBytes(StandardCharsets.UTF_8));

    assertThat(delivery.settlements()).containsExactly("ack");
    assertThat(transport.sent).isEmpty();
    assertThat(ingested).singleElement().satisfies(c -> assertThat(c.events()).hasSize(1));
    assertThat(ingested.get(0).events().get(0).receivedAt())
        .isEqualTo(Instant.parse("2025-10-20T12:00:00Z"));
    assertThat(limiter.inFlight()).isZero();
  }

  @Test
  void givenANonAsciiSymbolWhenRejectedThenItIsDeadLetteredWithAnAsciiHeaderAndTerminated()
      throws Exception {
    byte[] original = NON_ASCII_SYMBOL.getBytes(StandardCharsets.UTF_8);

    RecordingDelivery delivery = handle(original);

    assertThat(delivery.settlements()).containsExactly("reject");
    assertThat(transport.sent)
        .singleElement()
        .satisfies(
            sent -> {
              assertThat(sent.body()).isEqualTo(original);
              assertThat(sent.header(REASON_HEADER)).isEqualTo("invalid_symbol");
              assertThat(sent.header(DETAIL_HEADER))
                  .contains("BTC\\u00dcSDT")
                  .matches("[\\x20-\\x7e]*");
            });
    assertThat(metrics.deadLetteredCount(RejectReason.INVALID_SYMBOL)).isEqualTo(1);
    assertThat(limiter.inFlight()).isZero();
  }

  @Test
  void givenInvalidUtf8BytesWhenRejectedThenTheOriginalBytesAreDeadLetteredUntouched()
      throws Exception {
    byte[] original = {'{', '"', 'e', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'};

    RecordingDelivery delivery = handle(original);

    assertThat(delivery.settlements()).containsExactly("reject");
    assertThat(transport.sent)
        .singleElement()
        .satisfies(s -> assertThat(s.body()).isEqualTo(original));
    assertThat(transport.sent.get(0).header(REASON_HEADER)).isEqualTo("malformed_json");
    assertThat(transport.sent.get(0).header(DETAIL_HEADER)).matches("[\\x20-\\x7e]*");
    assertThat(limiter.inFlight()).isZero();
  }

  @Test
  void givenTheStoreFailsWhenHandledThenTheMessageIsRetriedWithBackoffAndNotAcknowledged()
      throws Exception {
    ingestMode = Mode.FAIL_LATER;

    RecordingDelivery delivery = handle(GOOD.getBytes(StandardCharsets.UTF_8));

    assertThat(delivery.settlements()).containsExactly("retry");
    assertThat(delivery.retryDelay).isPositive();
    assertThat(transport.sent).isEmpty();
    assertThat(limiter.inFlight()).isZero();
  }

  @Test
  void givenTheDeadLetterPublishFailsWhenRejectedThenTheMessageIsRetriedNotTerminated()
      throws Exception {
    for (RecordingTransport.Mode failure :
        List.of(RecordingTransport.Mode.FAIL_LATER, RecordingTransport.Mode.THROW)) {
      transport.mode = failure;

      RecordingDelivery delivery = handle(NON_ASCII_SYMBOL.getBytes(StandardCharsets.UTF_8));

      assertThat(delivery.settlements()).as("transport %s", failure).containsExactly("retry");
      assertThat(metrics.deadLetteredCount(RejectReason.INVALID_SYMBOL)).isZero();
      assertThat(limiter.inFlight()).isZero();
    }
  }

  @Test
  void givenAnUnexpectedExceptionWhenHandledThenItIsDeadLetteredAsInternalErrorAndTerminated()
      throws Exception {
    ingestMode = Mode.THROW;
    byte[] original = GOOD.getBytes(StandardCharsets.UTF_8);

    RecordingDelivery delivery = handle(original);

    assertThat(delivery.settlements()).containsExactly("reject");
    assertThat(transport.sent)
        .singleElement()
        .satisfies(
            sent -> {
              assertThat(sent.body()).isEqualTo(original);
              assertThat(sent.header(REASON_HEADER)).isEqualTo("internal_error");
              assertThat(sent.header(DETAIL_HEADER))
                  .matches("incident [0-9a-f]+: java.lang.IllegalStateException");
            });
    assertThat(metrics.deadLetteredCount(RejectReason.INTERNAL_ERROR)).isEqualTo(1);
    assertThat(limiter.inFlight()).isZero();
  }

  @Test
  void givenAnUnexpectedExceptionThatCannotBeDeadLetteredThenItIsRetriedAndGivenUpInTheEnd()
      throws Exception {
    ingestMode = Mode.THROW;
    transport.mode = RecordingTransport.Mode.THROW;
    byte[] original = GOOD.getBytes(StandardCharsets.UTF_8);

    RecordingDelivery early = handle(new RecordingDelivery(original, 1, null));
    RecordingDelivery last =
        handle(new RecordingDelivery(original, MessageHandler.MAX_INTERNAL_ERROR_DELIVERIES, null));

    assertThat(early.settlements()).containsExactly("retry");
    assertThat(last.settlements()).containsExactly("reject");
    assertThat(limiter.inFlight()).isZero();
  }

  @Test
  void givenAnArrayWithGoodAndBadEventsThenTheBadIsDeadLetteredAndTheMessageAcknowledged()
      throws Exception {
    byte[] original = ("[" + GOOD + "," + NON_ASCII_SYMBOL + "]").getBytes(StandardCharsets.UTF_8);

    RecordingDelivery delivery = handle(original);

    assertThat(delivery.settlements()).containsExactly("ack");
    assertThat(transport.sent).hasSize(1);
    assertThat(ingested).singleElement().satisfies(c -> assertThat(c.rejected()).isEqualTo(1));
    assertThat(limiter.inFlight()).isZero();
  }

  @Test
  void givenSettlingItselfFailsThenTheHandlerStillCompletesAndThePermitComesBack()
      throws Exception {
    RecordingDelivery delivery =
        handle(
            new RecordingDelivery(
                GOOD.getBytes(StandardCharsets.UTF_8), 1, new IllegalStateException("closed")));

    assertThat(delivery.settlements()).containsExactly("ack");
    assertThat(limiter.inFlight()).isZero();
  }

  @Test
  void givenADeliveryWhoseDataCannotBeReadThenItIsStillSettled() throws Exception {
    RecordingDelivery broken =
        new RecordingDelivery(new byte[0]) {
          @Override
          public byte[] data() {
            throw new IllegalStateException("message has no payload buffer");
          }
        };

    RecordingDelivery delivery = handle(broken);

    assertThat(delivery.settlements()).containsExactly("retry");
    assertThat(limiter.inFlight()).isZero();
  }

  private RecordingDelivery handle(byte[] data) throws Exception {
    return handle(new RecordingDelivery(data));
  }

  /** As the listeners do: a permit taken before, released once the handler's future completes. */
  private RecordingDelivery handle(RecordingDelivery delivery) throws Exception {
    limiter.acquire();
    CompletableFuture<Void> settled = handler.handle(delivery);
    settled.whenComplete((v, e) -> limiter.release());
    settled.get(5, TimeUnit.SECONDS);
    assertThat(settled).isCompletedWithValue(null);
    return delivery;
  }
}
