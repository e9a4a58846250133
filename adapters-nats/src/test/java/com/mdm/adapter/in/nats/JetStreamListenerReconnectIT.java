package com.mdm.adapter.in.nats;

import static org.awaitility.Awaitility.await;

import com.mdm.decoder.binance.BinanceMessageDecoder;
import com.mdm.decoder.binance.DecoderLimits;
import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.port.in.IngestMarketEventUseCase;
import com.mdm.testsupport.Await;
import com.mdm.testsupport.NatsServerProcess;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.client.Options;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JetStream listener against a private {@code nats-server} that is SIGKILLed, kept down for
 * several seconds and restarted: the listener pulls again by itself and gets what was published
 * after the restart, and what it had not acknowledged before.
 */
class JetStreamListenerReconnectIT {

  private static final String SUBJECT = "reconnect.test.data";
  private static final String ANSWERING = "answering";

  @TempDir Path dir;

  private final Set<Long> handled = ConcurrentHashMap.newKeySet();
  private final IngestMarketEventUseCase ingest =
      command -> {
        command.events().forEach(e -> handled.add(((AggregateTrade) e).aggregateTradeId()));
        return CompletableFuture.completedFuture(null);
      };

  @Test
  void givenTheBrokerKilledAndDownForSecondsWhenItRestartsThenTheListenerConsumesAgain()
      throws Exception {
    try (NatsServerProcess broker = NatsServerProcess.start(dir);
        Connection connection = connect(broker.url())) {
      MarketEventListener listener =
          MarketEventListeners.create(
              connection,
              settings(),
              new BinanceMessageDecoder(DecoderLimits.defaults()),
              ingest,
              new ListenerMetrics(new SimpleMeterRegistry()),
              Clock.systemUTC());
      listener.start();
      publish(connection, 0, 50);
      Await.until("the first 50 handled", Duration.ofSeconds(30), handled::size, n -> n == 50);

      broker.kill();
      // down for longer than the client's heartbeat checks: its pulls are gone with the server
      await().during(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(10)).until(() -> true);
      broker.restart();
      Await.until(
          "the connection back",
          Duration.ofSeconds(30),
          connection::getStatus,
          status -> status == Connection.Status.CONNECTED);
      // connected is not yet ready: JetStream recovers its store first
      try {
        Await.until(
            "JetStream answering after the restart",
            Duration.ofSeconds(30),
            () -> streamAnswer(connection),
            ANSWERING::equals);
      } catch (ConditionTimeoutException e) {
        throw new AssertionError(e.getMessage() + "\nserver log:\n" + broker.output(), e);
      }
      publish(connection, 50, 100);

      Await.until(
          "all 100 handled after the restart",
          Duration.ofSeconds(60),
          handled::size,
          n -> n == 100);
      listener.stopReceiving();
    }
  }

  private static Connection connect(String url) throws Exception {
    return Nats.connect(
        Options.builder()
            .server(url)
            .maxReconnects(-1)
            .reconnectWait(Duration.ofMillis(250))
            .build());
  }

  private static NatsListenerSettings settings() {
    return JetStreamSettings.of(
        SUBJECT, "RECONNECT_TEST", List.of(), "reconnect-test", Duration.ofSeconds(5), 100, 20);
  }

  /** {@link #ANSWERING}, or why not: a timeout names the last reason seen. */
  private static String streamAnswer(Connection connection) {
    try {
      connection.jetStreamManagement().getStreamInfo("RECONNECT_TEST");
      return ANSWERING;
    } catch (Exception e) {
      return e.toString();
    }
  }

  private static void publish(Connection connection, int from, int to) throws Exception {
    for (int id = from; id < to; id++) {
      long time = 1714564800000L + id;
      String json =
          ("{\"e\":\"aggTrade\",\"E\":%d,\"a\":%d,\"s\":\"FLTUSDT\",\"p\":\"1.5\",\"q\":\"2\","
                  + "\"f\":%d,\"l\":%d,\"T\":%d,\"m\":true}")
              .formatted(time, id, id, id, time);
      connection.jetStream().publish(SUBJECT, json.getBytes(StandardCharsets.UTF_8));
    }
  }
}
