package com.mdm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.market.Trade;
import com.mdm.domain.port.out.SeriesRepository;
import com.mdm.testsupport.Await;
import com.mdm.testsupport.TcpProxy;
import com.mdm.testsupport.TestServices;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * MongoDB goes away while messages arrive: nothing is acknowledged until it is back, and then every
 * message is stored exactly once.
 */
class StorageOutageIT {

  private static final int MESSAGES = 200;

  private TcpProxy mongoProxy;
  private RunningService service;

  @BeforeEach
  void startServiceBehindAProxy() throws Exception {
    mongoProxy = TcpProxy.forMongoUri(TestServices.mongoUri());
    service =
        new RunningService(
                Map.of(
                    "MONGODB_URI",
                    "mongodb://127.0.0.1:"
                        + mongoProxy.port()
                        + "/?serverSelectionTimeoutMS=1000"
                        + "&connectTimeoutMS=1000&socketTimeoutMS=2000",
                    "MAX_BATCH_SIZE",
                    "50"))
            .start();
  }

  @AfterEach
  void stop() throws Exception {
    service.close();
    mongoProxy.close();
  }

  @Test
  void messagesArrivingDuringAnOutageAreStoredOnceWhenTheStoreReturns() throws Exception {
    publishTrades(0, MESSAGES / 2);
    Await.until(
        "the first half stored", Duration.ofSeconds(30), this::storedCount, n -> n == MESSAGES / 2);

    mongoProxy.cut();
    publishTrades(MESSAGES / 2, MESSAGES);
    Await.until(
        "failed writes during the outage",
        Duration.ofSeconds(30),
        () -> service.counter("mdm.ingest.batch.failed"),
        failed -> failed > 0);
    Await.until(
        "messages handed back for redelivery",
        Duration.ofSeconds(30),
        () -> service.counter("mdm.ingest.messages.retried"),
        retried -> retried > 0);

    mongoProxy.restore();
    service.awaitSettled(Duration.ofSeconds(90));

    assertThat(storedCount()).isEqualTo(MESSAGES);
    assertThat(service.counter("mdm.ingest.events.acknowledged")).isGreaterThanOrEqualTo(MESSAGES);
  }

  private void publishTrades(int from, int to) throws Exception {
    for (int i = from; i < to; i++) {
      String trade =
          "{\"e\":\"trade\",\"E\":1714564800000,\"T\":"
              + (1714564800000L + i)
              + ",\"s\":\"XRPUSDT\",\"t\":"
              + (9_000_000L + i)
              + ",\"p\":\"0.5123\",\"q\":\"10\",\"X\":\"MARKET\",\"m\":true}";
      service.publish(trade.getBytes(StandardCharsets.UTF_8));
    }
  }

  private long storedCount() {
    SeriesRepository<Trade> trades = service.series().repository(SeriesType.TRADES, Trade.class);
    try {
      return trades.count(SeriesKey.of(SeriesType.TRADES, Symbol.of("XRPUSDT")), TimeRange.all());
    } catch (RuntimeException e) {
      return -1;
    }
  }
}
