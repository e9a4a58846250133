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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Frames a hostile or broken peer sends, among good ones, through the whole service with its
 * default limits: each is dead-lettered with its original bytes and a reason NATS can carry, the
 * durable consumer settles (nothing left unacknowledged), and the service goes on storing.
 */
class HostileFramesIT {

  private RunningService service;
  private Subscription deadLetters;

  @BeforeEach
  void start() throws Exception {
    service = new RunningService(Map.of());
    deadLetters = service.nats().subscribe(service.subject + ".dlq");
    service.nats().flush(Duration.ofSeconds(2));
    service.start();
  }

  @AfterEach
  void stop() throws Exception {
    service.close();
  }

  @Test
  void hostileFramesAreDeadLetteredReadablyAndTheConsumerSettlesWithEveryGoodEventStored()
      throws Exception {
    List<Map.Entry<String, byte[]>> hostile = new ArrayList<>();
    hostile.add(Map.entry("invalid_symbol", utf8(trade("BTCÜSDT", 1, "100.5", 1714564800000L))));
    hostile.add(
        Map.entry(
            "malformed_json", new byte[] {'{', '"', 'e', '"', ':', (byte) 0xc3, (byte) 0x28, '}'}));
    hostile.add(Map.entry("malformed_json", utf8("[".repeat(10_000) + "]".repeat(10_000))));
    hostile.add(
        Map.entry(
            "invalid_symbol",
            utf8(trade("BTCUSDT", 2, "100.5", 1714564800000L).replace("BTCUSDT", "\\ud800BTC"))));
    hostile.add(
        Map.entry(
            "duplicate_field",
            utf8(
                trade("BTCUSDT", 3, "100.5", 1714564800000L)
                    .replace("\"p\"", "\"p\":\"999.9\",\"p\""))));
    hostile.add(
        Map.entry(
            "number_not_string",
            utf8(trade("BTCUSDT", 4, "100.5", 1714564800000L).replace("\"100.5\"", "100.5"))));
    List<byte[]> good = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      good.add(utf8(trade("BTCUSDT", 500 + i, "64990.90", 1714564800000L + i)));
    }
    int next = 0;
    for (Map.Entry<String, byte[]> frame : hostile) {
      service.publish(good.get(next++));
      service.publish(frame.getValue());
    }
    while (next < good.size()) {
      service.publish(good.get(next++));
    }

    service.awaitSettled(Duration.ofSeconds(30));

    SeriesRepository<Trade> trades = service.series().repository(SeriesType.TRADES, Trade.class);
    assertThat(trades.count(SeriesKey.of(SeriesType.TRADES, Symbol.of("BTCUSDT")), TimeRange.all()))
        .isEqualTo(good.size());
    List<Message> letters = new ArrayList<>();
    Await.until(
        "every hostile frame dead-lettered",
        Duration.ofSeconds(10),
        () -> drainMessages(letters),
        n -> n >= hostile.size());
    assertThat(letters).hasSize(hostile.size());
    List<String> reasons = new ArrayList<>();
    for (int i = 0; i < letters.size(); i++) {
      Message letter = letters.get(i);
      assertThat(letter.getData()).isEqualTo(hostile.get(i).getValue());
      reasons.add(letter.getHeaders().getFirst("Mdm-Reject-Reason"));
      assertThat(letter.getHeaders().getFirst("Mdm-Reject-Detail"))
          .isNotBlank()
          .matches("[\\x20-\\x7e]+");
    }
    assertThat(reasons).containsExactlyElementsOf(hostile.stream().map(Map.Entry::getKey).toList());

    // still up: a good event after all of it is stored too
    service.publish(utf8(trade("BTCUSDT", 999, "64990.90", 1714564801000L)));
    service.awaitSettled(Duration.ofSeconds(30));
    assertThat(trades.count(SeriesKey.of(SeriesType.TRADES, Symbol.of("BTCUSDT")), TimeRange.all()))
        .isEqualTo(good.size() + 1);
  }

  private int drainMessages(List<Message> received) {
    try {
      Message message;
      while ((message = deadLetters.nextMessage(Duration.ofMillis(100))) != null) {
        received.add(message);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return received.size();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
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
}
