package com.mdm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.market.Trade;
import com.mdm.domain.port.out.SeriesRepository;
import com.mdm.testsupport.Await;
import io.nats.client.Message;
import io.nats.client.Subscription;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bad messages mixed into a good stream: each bad one is dead-lettered with its reason and its
 * original bytes, counted, and never redelivered; every good one is stored.
 */
class BadInputIT {

  private RunningService service;
  private Subscription deadLetters;

  @BeforeEach
  void start() throws Exception {
    service = new RunningService(Map.of("MAX_FRAME_BYTES", "2048", "MAX_DEPTH_LEVELS", "5"));
    deadLetters = service.nats().subscribe(service.subject + ".dlq");
    service.nats().flush(Duration.ofSeconds(2));
    service.start();
  }

  @AfterEach
  void stop() throws Exception {
    service.close();
  }

  @Test
  void everyBadMessageIsDeadLetteredWithItsReasonAndEveryGoodOneStored() throws Exception {
    Map<String, String> bad = new LinkedHashMap<>();
    bad.put("{\"e\":\"trade\",\"s\":\"BTCUSDT\"", "malformed_json");
    bad.put(trade("btc-usdt", 1, "100.5", 1714564800000L), "invalid_symbol");
    bad.put(trade("BTCUSDT", 2, "-3", 1714564800000L), "invalid_value");
    bad.put(trade("BTCUSDT", 3, "NaN", 1714564800000L), "invalid_value");
    bad.put(trade("BTCUSDT", 4, "100.5", 1714564800L), "invalid_timestamp");
    bad.put(trade("BTCUSDT", 5, "100.5", 4102444800000L), "invalid_timestamp");
    bad.put(
        "{\"e\":\"kline\",\"E\":1714564800000,\"s\":\"BTCUSDT\",\"k\":{\"t\":1714564740000,"
            + "\"T\":1714564799999,\"s\":\"BTCUSDT\",\"i\":\"1m\",\"o\":\"10\",\"c\":\"10\","
            + "\"h\":\"9\",\"l\":\"11\",\"v\":\"1\",\"n\":1,\"x\":true,\"q\":\"10\",\"V\":\"0\","
            + "\"Q\":\"0\"}}",
        "invalid_value");
    bad.put("{\"e\":\"fundingRate\",\"E\":1714564800000,\"s\":\"BTCUSDT\"}", "unknown_event_type");
    bad.put(trade("BTCUSDT", 6, "100.5", 1714564800000L) + " ".repeat(3000), "oversized_frame");
    bad.put(depthWithLevels(6), "too_many_levels");

    List<String> good = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      good.add(trade("BTCUSDT", 100 + i, "64990.90", 1714564800000L + i));
    }
    int goodIndex = 0;
    for (String message : bad.keySet()) {
      service.publish(good.get(goodIndex++).getBytes(StandardCharsets.UTF_8));
      service.publish(message.getBytes(StandardCharsets.UTF_8));
    }
    while (goodIndex < good.size()) {
      service.publish(good.get(goodIndex++).getBytes(StandardCharsets.UTF_8));
    }
    service.awaitSettled(Duration.ofSeconds(30));

    SeriesRepository<Trade> trades = service.series().repository(SeriesType.TRADES, Trade.class);
    long stored =
        trades.count(SeriesKey.of(SeriesType.TRADES, Symbol.of("BTCUSDT")), TimeRange.all());
    assertThat(stored).isEqualTo(good.size());

    Map<String, String> received = new LinkedHashMap<>();
    Await.until(
        "every dead letter", Duration.ofSeconds(10), () -> drain(received), n -> n == bad.size());
    assertThat(received).isEqualTo(bad);
    for (String reason : bad.values()) {
      long expected = bad.values().stream().filter(reason::equals).count();
      assertThat(service.counter("mdm.ingest.dead.lettered", "reason", reason))
          .as("dead letters counted for %s", reason)
          .isEqualTo(expected);
    }
  }

  private int drain(Map<String, String> received) {
    try {
      Message message;
      while ((message = deadLetters.nextMessage(Duration.ofMillis(100))) != null) {
        received.put(
            new String(message.getData(), StandardCharsets.UTF_8),
            message.getHeaders().getFirst("Mdm-Reject-Reason"));
        assertThat(message.getHeaders().getFirst("Mdm-Reject-Detail")).isNotBlank();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return received.size();
  }

  private static String trade(String symbol, long id, String price, long time) {
    return "{\"e\":\"trade\",\"E\":"
        + time
        + ",\"T\":"
        + time
        + ",\"s\":\""
        + symbol
        + "\",\"t\":"
        + id
        + ",\"p\":\""
        + price
        + "\",\"q\":\"0.001\",\"X\":\"MARKET\",\"m\":false}";
  }

  private static String depthWithLevels(int levels) {
    StringBuilder bids = new StringBuilder();
    for (int i = 0; i < levels; i++) {
      bids.append(i == 0 ? "" : ",").append("[\"").append(100 - i).append(".5\",\"1\"]");
    }
    return "{\"e\":\"depthUpdate\",\"E\":1714564800000,\"T\":1714564800000,\"s\":\"BTCUSDT\","
        + "\"U\":10,\"u\":20,\"pu\":9,\"b\":["
        + bids
        + "],\"a\":[]}";
  }
}
