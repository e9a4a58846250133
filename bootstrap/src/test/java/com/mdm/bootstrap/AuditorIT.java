package com.mdm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mdm.application.service.audit.AuditReport;
import com.mdm.application.service.audit.AuditService;
import com.mdm.application.service.audit.AuditSettings;
import com.mdm.application.service.audit.SoloLeaderLease;
import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.Candle;
import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.Ohlc;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.AuditLogEntry;
import com.mdm.domain.metadata.AuditLogQuery;
import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.metadata.GapStatus;
import com.mdm.domain.metadata.HealthMetric;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.metadata.Severity;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Gaps in series stored in MongoDB show up in MariaDB: as gaps, once in audit_logs, and in the
 * health metrics of every cycle; a filled gap is resolved.
 */
class AuditorIT {

  private static final Symbol BTC = Symbol.of("BTCUSDT");
  private static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");
  private static final String CANDLES = "candles_BTCUSDT_1m";
  private static final String AGG_TRADES = "agg_trades_BTCUSDT";

  private final AuditorStores stores = new AuditorStores();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void close() {
    stores.close();
  }

  private AuditService auditorAt(Instant now) {
    AuditSettings settings =
        AuditSettings.defaults()
            .withSupportedPairs(List.of(BTC))
            .withSeries(
                EnumSet.of(SeriesType.CANDLES, SeriesType.AGG_TRADES), List.of(Timeframe.MINUTE_1));
    return stores.auditor(
        settings,
        new SoloLeaderLease(Duration.ofSeconds(30)),
        new MicrometerAuditMetrics(registry),
        Clock.fixed(now, ZoneOffset.UTC));
  }

  private static Instant minute(long m) {
    return T0.plus(Duration.ofMinutes(m));
  }

  @Test
  void givenHolesInStoredSeries_whenAudited_thenTheyAppearInAuditLogsAndHealthMetrics()
      throws Exception {
    List<MarketEvent> events = new ArrayList<>();
    for (int m = 0; m < 24 * 60; m++) {
      if (m < 600 || m >= 690) {
        events.add(candle(minute(m)));
      }
    }
    for (long a = 1; a <= 100; a++) {
      if (a < 40 || a > 44) {
        events.add(agg(a, minute(1380).plusSeconds(a)));
      }
    }
    stores.save(events);

    AuditReport first;
    try (AuditService auditor = auditorAt(minute(24 * 60))) {
      first = auditor.runOnce();
    }

    assertThat(first.audited()).isEqualTo(2);
    assertThat(first.failed()).isZero();
    assertThat(first.gapsOpened()).isEqualTo(2);
    List<AuditLogEntry> candleLog = log(CANDLES, "gap");
    assertThat(candleLog)
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.symbol()).isEqualTo(BTC);
              assertThat(entry.severity()).isEqualTo(Severity.HIGH);
            });
    JsonNode details = json.readTree(candleLog.getFirst().details());
    assertThat(details.path("event").asText()).isEqualTo("detected");
    assertThat(details.path("start").asText()).isEqualTo("2024-05-01T10:00:00Z");
    assertThat(details.path("end").asText()).isEqualTo("2024-05-01T11:30:00Z");
    assertThat(details.path("expectedMissing").asLong()).isEqualTo(90);
    assertThat(details.path("gap").path("kind").asText()).isEqualTo("CANDLE_GRID");
    JsonNode aggDetails = json.readTree(log(AGG_TRADES, "gap").getFirst().details());
    assertThat(aggDetails.path("gap").path("missingIds").path("from").asLong()).isEqualTo(40);
    assertThat(aggDetails.path("gap").path("missingIds").path("to").asLong()).isEqualTo(44);
    assertThat(aggDetails.path("expectedMissing").asLong()).isEqualTo(5);

    HealthMetric candleHealth = stores.healthMetrics.latest(CANDLES).orElseThrow();
    assertThat(candleHealth.completeness()).isEqualTo(93.75);
    assertThat(candleHealth.gapsCount()).isEqualTo(1);
    assertThat(candleHealth.windowStart()).isEqualTo(minute(0));
    assertThat(candleHealth.windowEnd()).isEqualTo(minute(24 * 60));
    HealthMetric aggHealth = stores.healthMetrics.latest(AGG_TRADES).orElseThrow();
    assertThat(aggHealth.completeness()).isEqualTo(95.0);
    assertThat(registry.get("mdm.audit.health.score").tag("dataset", CANDLES).gauge().value())
        .isEqualTo(candleHealth.qualityScore());

    // a clock carrying nanoseconds, as the system clock does, against MongoDB's milliseconds
    try (AuditService auditor = auditorAt(minute(24 * 60).plusSeconds(30).plusNanos(680_034))) {
      AuditReport second = auditor.runOnce();
      assertThat(second.gapsOpened()).isZero();
    }
    assertThat(log(CANDLES, "gap")).hasSize(1);
    assertThat(log(AGG_TRADES, "gap")).hasSize(1);
    assertThat(stores.gaps.list(CANDLES, null, PageRequest.first(10))).hasSize(1);
    assertThat(stores.healthMetrics.history(CANDLES, com.mdm.domain.market.TimeRange.all()))
        .hasSize(2);

    List<MarketEvent> repair = new ArrayList<>();
    for (int m = 600; m < 690; m++) {
      repair.add(candle(minute(m)));
    }
    stores.save(repair);
    try (AuditService auditor = auditorAt(minute(24 * 60).plusSeconds(45).plusNanos(999_999))) {
      assertThat(auditor.runOnce().gapsResolved()).isEqualTo(1);
    }
    List<DataGap> candleGaps = stores.gaps.list(CANDLES, null, PageRequest.first(10));
    assertThat(candleGaps)
        .singleElement()
        .extracting(DataGap::status)
        .isEqualTo(GapStatus.RESOLVED);
    assertThat(log(CANDLES, "gap_resolved")).hasSize(1);
    assertThat(stores.gaps.list(AGG_TRADES, GapStatus.OPEN, PageRequest.first(10))).hasSize(1);
  }

  private List<AuditLogEntry> log(String dataset, String type) {
    return stores.auditLog.list(
        new AuditLogQuery(dataset, null, type, null, null, null), PageRequest.first(100));
  }

  private static Candle candle(Instant open) {
    BigDecimal price = new BigDecimal("64000.10");
    return new Candle(
        BTC,
        Timeframe.MINUTE_1,
        open,
        open.plusSeconds(60).minusMillis(1),
        new Ohlc(price, price, price, price),
        BigDecimal.ONE,
        price,
        3,
        BigDecimal.ONE,
        price,
        true,
        open.plusSeconds(60),
        open.plusSeconds(60));
  }

  private static AggregateTrade agg(long id, Instant time) {
    return new AggregateTrade(
        BTC,
        id,
        new BigDecimal("64000.10"),
        BigDecimal.ONE,
        10 * id,
        10 * id + 9,
        false,
        time,
        time,
        time);
  }
}
