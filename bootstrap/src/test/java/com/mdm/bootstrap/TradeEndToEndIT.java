package com.mdm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Trade;
import com.mdm.domain.port.out.SeriesRepository;
import com.mdm.testsupport.Await;
import com.mdm.testsupport.Fixtures;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A trade published on NATS ends up in MongoDB, exactly. */
class TradeEndToEndIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private RunningService service;

  @BeforeEach
  void startService() throws Exception {
    service = new RunningService(Map.of()).start();
  }

  @AfterEach
  void stopService() throws Exception {
    service.close();
  }

  @Test
  void aRecordedAggTradeInTheProducersEnvelopeIsReadableFromItsTradesCollectionExactly()
      throws Exception {
    String recorded = Fixtures.wsLines("aggTrade").get(0);
    service.publish(envelope(recorded));

    SeriesRepository<AggregateTrade> aggTrades =
        service.series().repository(SeriesType.AGG_TRADES, AggregateTrade.class);
    SeriesKey key = SeriesKey.of(SeriesType.AGG_TRADES, Symbol.of("SANDUSDT"));
    List<AggregateTrade> stored =
        Await.until(
            "the aggTrade in MongoDB",
            Duration.ofSeconds(20),
            () -> aggTrades.latest(key, 10),
            l -> !l.isEmpty());

    assertThat(stored).hasSize(1);
    AggregateTrade trade = stored.get(0);
    assertThat(trade.aggregateTradeId()).isEqualTo(9445517L);
    assertThat(trade.price()).isEqualTo(new BigDecimal("0.69067"));
    assertThat(trade.quantity()).isEqualTo(new BigDecimal("369"));
    assertThat(trade.firstTradeId()).isEqualTo(12821738L);
    assertThat(trade.lastTradeId()).isEqualTo(12821738L);
    assertThat(trade.tradeTime()).isEqualTo(Instant.ofEpochMilli(1617647797485L));
    assertThat(trade.eventTime()).isEqualTo(Instant.ofEpochMilli(1617647797640L));
    assertThat(trade.buyerIsMaker()).isTrue();
    assertThat(service.mongo().getName()).isEqualTo(service.mongoDatabaseName);
  }

  @Test
  void aTradeOfOurOwnKeepsEveryDigitAndIsStoredOnceWhenPublishedTwice() throws Exception {
    String bare =
        "{\"e\":\"trade\",\"E\":1714564800123,\"T\":1714564800120,\"s\":\"ETHUSDT\",\"t\":777000111,"
            + "\"p\":\"64990.90\",\"q\":\"0.00000001\",\"X\":\"MARKET\",\"m\":false}";
    service.publish(envelope("{\"stream\":\"ethusdt@trade\",\"data\":" + bare + "}"));
    service.publish(bare.getBytes(StandardCharsets.UTF_8));

    SeriesRepository<Trade> trades = service.series().repository(SeriesType.TRADES, Trade.class);
    SeriesKey key = SeriesKey.of(SeriesType.TRADES, Symbol.of("ETHUSDT"));
    Await.until(
        "the trade in MongoDB",
        Duration.ofSeconds(20),
        () -> trades.latest(key, 10),
        l -> !l.isEmpty());
    service.awaitSettled(Duration.ofSeconds(20));

    List<Trade> stored = trades.latest(key, 10);
    assertThat(stored).hasSize(1);
    assertThat(stored.get(0).price().toPlainString()).isEqualTo("64990.90");
    assertThat(stored.get(0).quantity().toPlainString()).isEqualTo("0.00000001");
    assertThat(stored.get(0).tradeId()).isEqualTo(777000111L);
  }

  /** Wraps a combined-stream frame the way the producer does. */
  static byte[] envelope(String combinedFrame) throws Exception {
    ObjectNode frame = (ObjectNode) JSON.readTree(combinedFrame);
    ObjectNode envelope = JSON.createObjectNode();
    envelope.set("stream", frame.get("stream"));
    envelope.set("data", frame.get("data"));
    envelope.put("timestamp", "2025-10-20T12:00:00.123456Z");
    envelope.put("message_id", UUID.randomUUID().toString());
    envelope.put("source", "binance-websocket");
    envelope.put("version", "1.0");
    envelope
        .putObject("_otel_trace_headers")
        .put("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
    return JSON.writeValueAsBytes(envelope);
  }
}
