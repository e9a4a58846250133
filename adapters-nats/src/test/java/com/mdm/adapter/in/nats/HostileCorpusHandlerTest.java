package com.mdm.adapter.in.nats;

import static com.mdm.adapter.in.nats.DeadLetterHeaders.DETAIL_HEADER;
import static com.mdm.adapter.in.nats.DeadLetterHeaders.REASON_HEADER;
import static com.mdm.adapter.in.nats.DeadLetterHeaders.SOURCE_HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.decoder.binance.BinanceMessageDecoder;
import com.mdm.decoder.binance.DecoderLimits;
import com.mdm.domain.port.in.IngestCommand;
import com.mdm.testsupport.hostile.HostileCase;
import com.mdm.testsupport.hostile.HostileCorpus;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of the hostile corpus through the message handler: terminated (never redelivered),
 * dead-lettered once with its bytes untouched and headers NATS accepts, and no event handed on.
 */
class HostileCorpusHandlerTest {

  private final RecordingTransport transport = new RecordingTransport();
  private final List<IngestCommand> ingested = new CopyOnWriteArrayList<>();
  private final MessageHandler handler =
      new MessageHandler(
          new BinanceMessageDecoder(DecoderLimits.defaults()),
          command -> {
            ingested.add(command);
            return CompletableFuture.completedFuture(null);
          },
          new DeadLetterPublisher(transport, "md.dlq", "md.ws"),
          new ListenerMetrics(new SimpleMeterRegistry()),
          Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

  static Stream<HostileCase> corpus() {
    return HostileCorpus.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void aHostileFrameIsTerminatedAndDeadLetteredWithReadableHeadersAndNothingIngested(
      HostileCase hostile) throws Exception {
    RecordingDelivery delivery = new RecordingDelivery(hostile.bytes());

    handler.handle(delivery).get(10, TimeUnit.SECONDS);

    assertThat(delivery.settlements()).containsExactly("reject");
    assertThat(transport.sent)
        .singleElement()
        .satisfies(
            letter -> {
              assertThat(letter.body()).isSameAs(hostile.bytes());
              assertThat(letter.header(REASON_HEADER)).isEqualTo(hostile.reason());
              assertThat(letter.header(DETAIL_HEADER))
                  .contains(hostile.detail())
                  .matches("[\\x20-\\x7e]+");
              assertThat(letter.header(SOURCE_HEADER)).isEqualTo("md.ws");
            });
    assertThat(ingested).allSatisfy(command -> assertThat(command.events()).isEmpty());
  }
}
