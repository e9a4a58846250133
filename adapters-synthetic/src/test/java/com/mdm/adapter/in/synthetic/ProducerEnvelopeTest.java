package com.mdm.adapter.in.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Frames travel byte for byte as the producer writes them, or as Binance's combined streams. */
class ProducerEnvelopeTest {

  private static final List<String> ENVELOPE =
      List.of("stream", "data", "timestamp", "message_id", "source", "version");

  @Test
  void givenAnEnvelopedFrame_whenRead_thenItHasTheProducersFieldsInItsOrderCompactly() {
    for (SyntheticEventType type : SyntheticEventType.values()) {
      if (type == SyntheticEventType.DEPTH_PARTIAL || type == SyntheticEventType.FORCE_ORDER) {
        continue;
      }
      SyntheticFrame frame = TenMinutes.frames(type).findFirst().orElseThrow().frame();
      JsonNode root = TenMinutes.root(frame);

      assertThat(fieldNames(root)).as(type.name()).isEqualTo(ENVELOPE);
      assertThat(frame.text()).doesNotContain(" ").startsWith("{\"stream\":\"" + frame.stream());
      assertThat(root.get("source").textValue()).isEqualTo("binance-websocket");
      assertThat(root.get("version").textValue()).isEqualTo("1.0");
      UUID id = UUID.fromString(root.get("message_id").textValue());
      assertThat(id.version()).isEqualTo(4);
      assertThat(id.variant()).isEqualTo(2);
      assertThat(root.get("message_id").textValue()).isEqualTo(id.toString());
      String timestamp = root.get("timestamp").textValue();
      assertThat(timestamp).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{6})?Z");
      assertThat(Instant.parse(timestamp))
          .isBetween(frame.eventTime(), frame.eventTime().plus(Duration.ofMillis(5)));
    }
  }

  @Test
  void givenEachEventType_whenEnveloped_thenTheStreamIsTheOneTheProducerRebuilds() {
    Map<SyntheticEventType, String> streams =
        Map.of(
            SyntheticEventType.TRADE, "btcusdt@trade",
            SyntheticEventType.AGG_TRADE, "btcusdt@aggTrade",
            SyntheticEventType.KLINE, "btcusdt@kline",
            SyntheticEventType.DEPTH_DIFF, "btcusdt@depth20@100ms",
            SyntheticEventType.MARK_PRICE, "btcusdt@markPrice@1s",
            SyntheticEventType.TICKER, "btcusdt@ticker",
            SyntheticEventType.MINI_TICKER, "btcusdt@24hrMiniTicker",
            SyntheticEventType.BOOK_TICKER, "btcusdt@bookTicker",
            SyntheticEventType.DEPTH_PARTIAL, "btcusdt@depth20@500ms",
            SyntheticEventType.FORCE_ORDER, "btcusdt@forceOrder");

    streams.forEach(
        (type, stream) ->
            assertThat(
                    TenMinutes.frames(type)
                        .map(d -> d.frame())
                        .filter(f -> f.symbol().value().equals("BTCUSDT"))
                        .findFirst()
                        .orElseThrow()
                        .stream())
                .as(type.name())
                .isEqualTo(stream));
  }

  @Test
  void givenPartialDepthAndLiquidations_whenSent_thenTheyAreBinanceCombinedStreamFrames() {
    for (SyntheticEventType type :
        List.of(SyntheticEventType.DEPTH_PARTIAL, SyntheticEventType.FORCE_ORDER)) {
      SyntheticFrame frame = TenMinutes.frames(type).findFirst().orElseThrow().frame();

      assertThat(fieldNames(TenMinutes.root(frame))).containsExactly("stream", "data");
      assertThat(TenMinutes.data(frame).get("e").textValue()).isEqualTo(type.binanceName());
    }
  }

  @Test
  void givenTraceHeaders_whenEnveloped_thenTheTraceContextComesLastInW3cForm() {
    SyntheticMarket market =
        new SyntheticMarket(SyntheticMarketSettings.defaults().withTraceHeaders(true));
    SyntheticFrame frame = market.advanceTo(market.now().plusSeconds(1)).getFirst();
    JsonNode root = TenMinutes.root(frame);

    List<String> expected = new ArrayList<>(ENVELOPE);
    expected.add("_otel_trace_headers");
    assertThat(fieldNames(root)).isEqualTo(expected);
    assertThat(fieldNames(root.get("_otel_trace_headers"))).containsExactly("traceparent");
    assertThat(root.get("_otel_trace_headers").get("traceparent").textValue())
        .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
  }

  @Test
  void givenAnInstant_whenStampedLikePython_thenMicrosecondsAreShownUnlessThereAreNone() {
    assertThat(ProducerStreams.timestamp(Instant.parse("2025-10-20T12:00:00.123456789Z")))
        .isEqualTo("2025-10-20T12:00:00.123456Z");
    assertThat(ProducerStreams.timestamp(Instant.parse("2025-10-20T12:00:00.000100Z")))
        .isEqualTo("2025-10-20T12:00:00.000100Z");
    assertThat(ProducerStreams.timestamp(Instant.parse("2025-10-20T12:00:00Z")))
        .isEqualTo("2025-10-20T12:00:00Z");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
