package com.mdm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.decoder.binance.BinanceMessageDecoder;
import com.mdm.decoder.binance.DecodeResult;
import com.mdm.decoder.binance.DecoderLimits;
import com.mdm.domain.market.MarketEvent;
import com.mdm.testsupport.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Every recorded event type, published on real NATS JetStream (half of it in the producer's
 * envelope), lands in MongoDB exactly once with exactly the decoded values.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AllEventTypesEndToEndIT {

  private static final List<String> TYPES =
      List.of(
          "trade",
          "aggTrade",
          "kline",
          "depthUpdate",
          "markPriceUpdate",
          "ticker",
          "miniTicker",
          "bookTicker",
          "forceOrder");
  private static final Duration SETTLE = Duration.ofSeconds(60);

  private static RunningService service;
  private static List<byte[]> payloads;
  private static Collection<MarketEvent> expected;
  private static int rejectedMessages;

  @BeforeAll
  static void publishEveryFixtureOnce() throws Exception {
    payloads = new ArrayList<>();
    int line = 0;
    for (String type : TYPES) {
      for (String frame : Fixtures.wsLines(type)) {
        payloads.add(
            line++ % 2 == 0
                ? frame.getBytes(StandardCharsets.UTF_8)
                : TradeEndToEndIT.envelope(frame));
      }
    }
    BinanceMessageDecoder oracleDecoder = new BinanceMessageDecoder(DecoderLimits.defaults());
    List<MarketEvent> decoded = new ArrayList<>();
    for (byte[] payload : payloads) {
      DecodeResult result = oracleDecoder.decode(payload, Instant.now());
      decoded.addAll(result.events());
      rejectedMessages += result.isRejected() ? 1 : 0;
    }
    expected = NaturalKeys.expectedStored(decoded);

    service = new RunningService(Map.of()).start();
    for (byte[] payload : payloads) {
      service.publish(payload);
    }
    service.awaitSettled(SETTLE);
  }

  @AfterAll
  static void stopService() throws Exception {
    if (service != null) {
      service.close();
    }
  }

  @Test
  @Order(1)
  void everyDecodedRecordIsStoredWithExactlyItsValues() {
    List<MarketEvent> stored = service.stored().allOf(expected);

    assertThat(expected).hasSizeGreaterThan(150);
    assertThat(stored).hasSameSizeAs(expected);
    Map<Object, MarketEvent> storedByKey =
        stored.stream().collect(Collectors.toMap(NaturalKeys::of, Function.identity()));
    for (MarketEvent want : expected) {
      MarketEvent got = storedByKey.get(NaturalKeys.of(want));
      assertThat(got).as("stored record for %s", NaturalKeys.of(want)).isNotNull();
      assertThat(got)
          .usingRecursiveComparison()
          .ignoringFields("receivedAt")
          .withStrictTypeChecking()
          .isEqualTo(want);
    }
  }

  @Test
  @Order(2)
  void everySeriesTypeIsCovered() {
    // mark-price klines have no websocket stream: that series is filled by REST backfill only
    assertThat(expected.stream().map(e -> e.seriesKey().type()).distinct())
        .containsExactlyInAnyOrderElementsOf(
            java.util.EnumSet.complementOf(
                java.util.EnumSet.of(com.mdm.domain.market.SeriesType.MARK_PRICE_CANDLES)));
  }

  @Test
  @Order(3)
  void theUndecodableRecordingIsDeadLetteredNotStored() {
    assertThat(rejectedMessages).isEqualTo(1);
    assertThat(service.counter("mdm.ingest.dead.lettered", "reason", "missing_field")).isEqualTo(1);
  }

  @Test
  @Order(4)
  void publishingTheWholeSetAgainStoresNothingNew() throws Exception {
    long before = service.stored().count(expected);
    for (byte[] payload : payloads) {
      service.publish(payload);
    }
    service.awaitSettled(SETTLE);

    assertThat(service.stored().count(expected)).isEqualTo(before).isEqualTo(expected.size());
    assertThat(service.counter("mdm.ingest.records.duplicate"))
        .isGreaterThanOrEqualTo(expected.size());
  }
}
