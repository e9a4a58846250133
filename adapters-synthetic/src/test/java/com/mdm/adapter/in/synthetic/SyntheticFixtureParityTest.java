package com.mdm.adapter.in.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mdm.decoder.binance.BinanceMessageDecoder;
import com.mdm.decoder.binance.DecodeResult;
import com.mdm.decoder.binance.DecoderLimits;
import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.OrderBookDepth;
import com.mdm.domain.market.Ticker;
import com.mdm.testsupport.Fixtures;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A generated frame and a recorded Binance frame of each type decode the same way: to the same
 * record classes with the same fields filled, in the same series; and their {@code data} has the
 * same fields in the same order with the same JSON types.
 */
class SyntheticFixtureParityTest {

  /** After every recorded event, so none lies in the future. */
  private static final Instant RECORDED_RECEIVED_AT = Instant.parse("2026-11-24T00:00:00Z");

  private static final BinanceMessageDecoder DECODER =
      new BinanceMessageDecoder(DecoderLimits.defaults());
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @EnumSource(SyntheticEventType.class)
  void givenARecordedAndAGeneratedFrame_whenDecoded_thenTheyYieldTheSameShape(
      SyntheticEventType type) throws Exception {
    SyntheticFrame generated = TenMinutes.frames(type).findFirst().orElseThrow().frame();
    DecodeResult mine = DECODER.decode(generated.bytes(), generated.eventTime());
    String recorded = recordedLike(type, shapes(mine));

    DecodeResult theirs =
        DECODER.decode(recorded.getBytes(StandardCharsets.UTF_8), RECORDED_RECEIVED_AT);

    assertThat(mine.rejections()).isEmpty();
    assertThat(theirs.rejections()).isEmpty();
    assertThat(shapes(mine)).isEqualTo(shapes(theirs));
    assertThat(layout(TenMinutes.data(generated)))
        .isEqualTo(layout(JSON.readTree(recorded).get("data")));
  }

  /**
   * The first recorded line of the type that decodes cleanly to the same kind of event (diff or
   * partial depth, full or mini ticker); the test then compares everything else.
   */
  private static String recordedLike(SyntheticEventType type, List<Shape> generated) {
    Shape first = generated.getFirst();
    return Fixtures.wsLines(type.fixtureName()).stream()
        .filter(
            line -> {
              DecodeResult result =
                  DECODER.decode(line.getBytes(StandardCharsets.UTF_8), RECORDED_RECEIVED_AT);
              return !result.hasRejections()
                  && result.events().size() == generated.size()
                  && shape(result.events().getFirst()).variant().equals(first.variant());
            })
        .findFirst()
        .orElseThrow(() -> new AssertionError("no recorded " + type + " line like " + first));
  }

  /** What decoding made of a frame, without the values. */
  record Shape(String recordClass, String series, String variant, List<String> filledFields) {}

  private static List<Shape> shapes(DecodeResult result) {
    return result.events().stream().map(SyntheticFixtureParityTest::shape).toList();
  }

  private static Shape shape(MarketEvent event) {
    List<String> filled = new ArrayList<>();
    for (RecordComponent component : event.getClass().getRecordComponents()) {
      try {
        if (component.getAccessor().invoke(event) != null) {
          filled.add(component.getName());
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    String variant =
        switch (event) {
          case OrderBookDepth depth -> depth.kind().name();
          case Ticker ticker -> ticker.mini() ? "mini" : "full";
          default -> "";
        };
    return new Shape(
        event.getClass().getSimpleName(), event.seriesKey().type().name(), variant, filled);
  }

  /** Field names in order with their JSON types, nested objects and array elements included. */
  private static List<String> layout(JsonNode node) {
    List<String> layout = new ArrayList<>();
    node.properties()
        .forEach(
            field -> {
              JsonNode value = field.getValue();
              layout.add(field.getKey() + ":" + value.getNodeType());
              if (value.isObject()) {
                layout.add(field.getKey() + layout(value));
              } else if (value.isArray() && !value.isEmpty()) {
                layout.add(field.getKey() + "[]:" + elementLayout(value.get(0)));
              }
            });
    return layout;
  }

  private static String elementLayout(JsonNode element) {
    List<String> types = new ArrayList<>();
    element.forEach(item -> types.add(item.getNodeType().name()));
    return element.getNodeType() + types.toString();
  }
}
