package com.mdm.adapter.in.synthetic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mdm.decoder.binance.BinanceMessageDecoder;
import com.mdm.decoder.binance.DecodeResult;
import com.mdm.decoder.binance.DecoderLimits;
import com.mdm.domain.market.MarketEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * Ten virtual minutes of the default market, generated and decoded once for the tests that read
 * them. They run across midnight, where every audited timeframe closes and funding falls due.
 */
final class TenMinutes {

  static final Instant START = Instant.parse("2026-01-01T23:55:00Z");
  static final Instant END = START.plus(Duration.ofMinutes(10));
  static final SyntheticMarketSettings SETTINGS =
      SyntheticMarketSettings.defaults().withStart(START);

  private static final BinanceMessageDecoder DECODER =
      new BinanceMessageDecoder(DecoderLimits.defaults());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static List<Decoded> decoded;

  private TenMinutes() {}

  /** A frame with what the service's decoder made of it, received at its event time. */
  record Decoded(SyntheticFrame frame, DecodeResult result) {

    MarketEvent event() {
      return result.events().getFirst();
    }

    JsonNode data() {
      return TenMinutes.data(frame);
    }
  }

  static synchronized List<Decoded> decoded() {
    if (decoded == null) {
      decoded =
          new SyntheticMarket(SETTINGS).advanceTo(END).stream().map(TenMinutes::decode).toList();
    }
    return decoded;
  }

  static Decoded decode(SyntheticFrame frame) {
    return new Decoded(frame, DECODER.decode(frame.bytes(), frame.eventTime()));
  }

  /** The decoded events of one class, in the order they were sent. */
  static <T extends MarketEvent> Stream<T> events(Class<T> type) {
    return decoded().stream()
        .flatMap(d -> d.result().events().stream())
        .filter(type::isInstance)
        .map(type::cast);
  }

  static Stream<Decoded> frames(SyntheticEventType type) {
    return decoded().stream().filter(d -> d.frame().type() == type);
  }

  static JsonNode root(SyntheticFrame frame) {
    try {
      return JSON.readTree(frame.bytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode data(SyntheticFrame frame) {
    return root(frame).get("data");
  }
}
