package com.mdm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.application.service.audit.AuditService;
import com.mdm.application.service.audit.AuditSettings;
import com.mdm.application.service.audit.SoloLeaderLease;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.metadata.GapCause;
import com.mdm.domain.metadata.GapFilter;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.testsupport.Await;
import com.mdm.testsupport.MovableClock;
import com.mdm.testsupport.NatsServerProcess;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.client.Options;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service in process on a private {@code nats-server} that goes down for three minutes of the
 * service's clock: what the producer had for those minutes never reaches a server, the receipt log
 * has no row for them, and the auditor names the holes in the candles and in the aggregate trades
 * {@code capture_outage}. A candle missing in a minute in which aggregate trades kept arriving is
 * {@code stream_loss}; the minutes before the first record are {@code not_collected}. The clock is
 * moved by hand, so minutes pass in seconds; everything else (broker, listener reconnect, MongoDB,
 * MariaDB, the receipt log's flushes) is real.
 */
class CaptureOutageIT {

  private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
  private static final Symbol BTC = Symbol.of("BTCUSDT");
  private static final SeriesKey CANDLES = SeriesKey.candles(BTC, Timeframe.MINUTE_1);
  private static final SeriesKey AGG_TRADES = SeriesKey.of(SeriesType.AGG_TRADES, BTC);
  private static final int TRADES_PER_MINUTE = 5;
  private static final int DOWN_FROM = 10;
  private static final int DOWN_UNTIL = 13;
  private static final int LOST_CANDLE = 16;
  private static final int LAST_MINUTE = 19;

  @TempDir Path dir;

  private final MovableClock clock = new MovableClock(T0);
  private long candlesSent;
  private long tradesSent;

  @Test
  void givenNatsDownForMinutes_whenAudited_thenItsHolesAreCaptureOutagesAndALoneHoleStreamLoss()
      throws Exception {
    try (NatsServerProcess broker = NatsServerProcess.start(dir)) {
      RunningService service = new RunningService(Map.of("NATS_URL", broker.url()), clock);
      try {
        service.start();
        try (Connection before = connect(broker.url())) {
          for (int m = 0; m < DOWN_FROM; m++) {
            minute(service, before, m);
          }
        }
        // down: the producer's candles and trades of minutes 10-12 never reach a server
        broker.kill();
        clock.set(minuteAt(DOWN_FROM).plusSeconds(30));
        broker.restart();
        clock.set(minuteAt(DOWN_UNTIL));
        try (Connection after = connect(broker.url())) {
          Await.until(
              "JetStream answering after the restart",
              Duration.ofSeconds(60),
              () -> answers(after),
              answering -> answering);
          for (int m = DOWN_UNTIL; m <= LAST_MINUTE; m++) {
            minute(service, after, m);
          }
        }
        // redeliveries after the restart count as receipts too, so minutes, not messages
        List<Instant> heard = new ArrayList<>();
        for (int m = 0; m <= LAST_MINUTE; m++) {
          if (m < DOWN_FROM || m >= DOWN_UNTIL) {
            heard.add(minuteAt(m));
          }
        }
        Await.until(
            "the receipt log hearing every minute but those of the outage",
            Duration.ofSeconds(30),
            () -> minutesHeard(service),
            heard::equals);
      } finally {
        service.close();
      }

      try (AuditorStores stores = new AuditorStores(service.mongoDatabaseName, service.mysql);
          AuditService auditor = auditorAt(stores, minuteAt(LAST_MINUTE + 1).plusSeconds(30))) {
        auditor.runOnce();

        DataGap outage = onlyGap(stores, CANDLES, GapCause.CAPTURE_OUTAGE);
        assertThat(outage.start()).isEqualTo(minuteAt(DOWN_FROM));
        assertThat(outage.end()).isEqualTo(minuteAt(DOWN_UNTIL));
        assertThat(onlyGap(stores, CANDLES, GapCause.STREAM_LOSS).start())
            .isEqualTo(minuteAt(LOST_CANDLE));
        assertThat(onlyGap(stores, CANDLES, GapCause.NOT_COLLECTED).end()).isEqualTo(T0);
        DataGap tradesOutage = onlyGap(stores, AGG_TRADES, GapCause.CAPTURE_OUTAGE);
        assertThat(tradesOutage.details().missingIds().from()).isEqualTo(tradeId(DOWN_FROM, 0));
        assertThat(tradesOutage.details().missingIds().to())
            .isEqualTo(tradeId(DOWN_UNTIL - 1, TRADES_PER_MINUTE - 1));
        assertThat(gaps(stores, AGG_TRADES, GapCause.STREAM_LOSS)).isEmpty();
      }
    }
  }

  /** Minute {@code m} of the producer: its trades and, but for the lost one, its closed candle. */
  private void minute(RunningService service, Connection producer, int m) throws Exception {
    clock.set(minuteAt(m).plusSeconds(30));
    for (int i = 0; i < TRADES_PER_MINUTE; i++) {
      publish(
          producer, service.subject, aggTrade(tradeId(m, i), minuteAt(m).plusSeconds(10L * i + 1)));
      tradesSent++;
    }
    if (m != LOST_CANDLE) {
      publish(producer, service.subject, candle(minuteAt(m)));
      candlesSent++;
    }
    // received and stored within this minute of the clock, as a live feed would be
    Await.until(
        "minute " + m + " stored",
        Duration.ofSeconds(30),
        () -> List.of(count(service, CANDLES), count(service, AGG_TRADES)),
        counts -> counts.equals(List.of(candlesSent, tradesSent)));
  }

  private static long count(RunningService service, SeriesKey key) {
    return service.series().repository(key.type()).count(key, TimeRange.all());
  }

  private static List<Instant> minutesHeard(RunningService service) {
    return service
        .metadata()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT DATE_FORMAT(minute_start, '%Y-%m-%dT%H:%i:00Z') FROM capture_minutes"
                            + " WHERE subject = :s"
                            + " GROUP BY minute_start HAVING SUM(received) > 0"
                            + " ORDER BY minute_start")
                    .bind("s", service.subject)
                    .map((rs, ctx) -> Instant.parse(rs.getString(1)))
                    .list());
  }

  private AuditService auditorAt(AuditorStores stores, Instant now) {
    AuditSettings settings =
        AuditSettings.defaults()
            .withSupportedPairs(List.of(BTC))
            .withSeries(
                EnumSet.of(SeriesType.CANDLES, SeriesType.AGG_TRADES), List.of(Timeframe.MINUTE_1));
    return stores.causeAwareAuditor(
        settings,
        new SoloLeaderLease(Duration.ofSeconds(30)),
        new MicrometerAuditMetrics(new SimpleMeterRegistry()),
        Clock.fixed(now, ZoneOffset.UTC));
  }

  private static DataGap onlyGap(AuditorStores stores, SeriesKey key, GapCause cause) {
    List<DataGap> found = gaps(stores, key, cause);
    assertThat(found).as("%s gaps of %s", cause, key.datasetId()).hasSize(1);
    return found.getFirst();
  }

  private static List<DataGap> gaps(AuditorStores stores, SeriesKey key, GapCause cause) {
    return stores.gaps.list(
        new GapFilter(key.datasetId(), null, cause, null), PageRequest.first(10));
  }

  private static void publish(Connection producer, String subject, String json) throws Exception {
    producer.jetStream().publish(subject, json.getBytes(StandardCharsets.UTF_8));
  }

  private static boolean answers(Connection connection) {
    try {
      connection.jetStreamManagement().getAccountStatistics();
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  private static Connection connect(String url) throws Exception {
    return Nats.connect(Options.builder().server(url).maxReconnects(-1).build());
  }

  private static Instant minuteAt(int m) {
    return T0.plus(Duration.ofMinutes(m));
  }

  private static long tradeId(int m, int i) {
    return 1_000L + (long) m * TRADES_PER_MINUTE + i;
  }

  private static String aggTrade(long id, Instant time) {
    long t = time.toEpochMilli();
    return ("{\"e\":\"aggTrade\",\"E\":%d,\"a\":%d,\"s\":\"BTCUSDT\",\"p\":\"64990.10\","
            + "\"q\":\"0.002\",\"f\":%d,\"l\":%d,\"T\":%d,\"m\":false}")
        .formatted(t, id, id * 3, id * 3 + 2, t);
  }

  private static String candle(Instant open) {
    long t = open.toEpochMilli();
    return ("{\"e\":\"kline\",\"E\":%d,\"s\":\"BTCUSDT\",\"k\":{\"t\":%d,\"T\":%d,"
            + "\"s\":\"BTCUSDT\",\"i\":\"1m\",\"f\":1,\"L\":2,\"o\":\"64990.10\","
            + "\"c\":\"64991.20\",\"h\":\"64995.00\",\"l\":\"64980.00\",\"v\":\"1.5\",\"n\":12,"
            + "\"x\":true,\"q\":\"97485.15\",\"V\":\"0.7\",\"Q\":\"45493.07\",\"B\":\"0\"}}")
        .formatted(t + 60_000, t, t + 59_999);
  }
}
