package com.mdm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.application.service.audit.AuditService;
import com.mdm.application.service.audit.AuditSettings;
import com.mdm.application.service.audit.SoloLeaderLease;
import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.Candle;
import com.mdm.domain.market.DepthKind;
import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.Ohlc;
import com.mdm.domain.market.OrderBookDepth;
import com.mdm.domain.market.PriceLevel;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.CaptureMinute;
import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.metadata.GapCause;
import com.mdm.domain.metadata.GapFate;
import com.mdm.domain.metadata.GapFilter;
import com.mdm.domain.metadata.GapStatus;
import com.mdm.domain.metadata.HealthMetric;
import com.mdm.domain.metadata.PageRequest;
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
 * Gap causes and fates through the real stores: series in MongoDB, the receipt log and the gaps in
 * MariaDB. The receipt log is planted as ingest would have kept it: messages every minute except
 * during an outage, dead letters in one minute.
 */
class GapCausesIT {

  private static final Symbol BTC = Symbol.of("BTCUSDT");
  private static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");
  private static final String SUBJECT = "binance.futures.websocket.data";
  private static final String CANDLES = "candles_BTCUSDT_1m";
  private static final String AGG_TRADES = "agg_trades_BTCUSDT";
  private static final String DEPTH = "depth_BTCUSDT";

  private final AuditorStores stores = new AuditorStores();

  @AfterEach
  void close() {
    stores.close();
  }

  private static Instant minute(long m) {
    return T0.plus(Duration.ofMinutes(m));
  }

  @Test
  void givenAFreshSeriesAnOutageDeadLettersAndLoss_whenAudited_thenEachGapNamesItsCauseAndFate()
      throws Exception {
    // collected from minute 600 on; candles 700-704 lost in an outage, 800-802 dead-lettered;
    // aggregate ids 40-44 skipped while messages flowed; a depth chain break
    List<MarketEvent> events = new ArrayList<>();
    for (int m = 600; m < 24 * 60; m++) {
      if ((m < 700 || m >= 705) && (m < 800 || m >= 803)) {
        events.add(candle(minute(m)));
      }
    }
    for (long a = 1; a <= 100; a++) {
      if (a < 40 || a > 44) {
        events.add(agg(a, minute(1380).plusSeconds(a)));
      }
    }
    events.add(diff(1, 10, 0, minute(1000)));
    events.add(diff(11, 20, 10, minute(1001)));
    events.add(diff(31, 40, 30, minute(1002)));
    events.add(diff(41, 50, 40, minute(1003)));
    stores.save(events);
    List<CaptureMinute> receipts = new ArrayList<>();
    for (int m = 600; m < 24 * 60; m++) {
      if (m < 700 || m >= 705) {
        receipts.add(new CaptureMinute(SUBJECT, minute(m), 120, m == 801 ? 2 : 0));
      }
    }
    stores.captureLog.add(receipts);
    for (String dataset : List.of(CANDLES, AGG_TRADES, DEPTH)) {
      stores.captureLog.link(dataset, SUBJECT, minute(600));
    }

    try (AuditService auditor = auditorAt(minute(24 * 60))) {
      auditor.runOnce();
    }

    assertThat(gap(CANDLES, GapCause.NOT_COLLECTED).end()).isEqualTo(minute(600));
    assertThat(gap(CANDLES, GapCause.CAPTURE_OUTAGE).start()).isEqualTo(minute(700));
    assertThat(gap(CANDLES, GapCause.DEAD_LETTERED).start()).isEqualTo(minute(800));
    assertThat(gap(AGG_TRADES, GapCause.STREAM_LOSS).details().missingIds().from()).isEqualTo(40);
    DataGap depth = gap(DEPTH, GapCause.STREAM_LOSS);
    assertThat(depth.status()).isEqualTo(GapStatus.UNRECOVERABLE);
    assertThat(depth.fate().kind()).isEqualTo(GapFate.Kind.UNRECOVERABLE);
    assertThat(depth.fate().reason()).contains("depth");
    HealthMetric candleHealth = stores.healthMetrics.latest(CANDLES).orElseThrow();
    assertThat(candleHealth.gapsCount()).as("outage and dead letters").isEqualTo(2);
    assertThat(candleHealth.notCollectedGaps()).as("history before minute 600").isEqualTo(1);
    assertThat(candleHealth.notCollectedRecords()).isEqualTo(600);
  }

  private AuditService auditorAt(Instant now) {
    AuditSettings settings =
        AuditSettings.defaults()
            .withSupportedPairs(List.of(BTC))
            .withSeries(
                EnumSet.of(SeriesType.CANDLES, SeriesType.AGG_TRADES, SeriesType.DEPTH),
                List.of(Timeframe.MINUTE_1));
    return stores.causeAwareAuditor(
        settings,
        new SoloLeaderLease(Duration.ofSeconds(30)),
        new MicrometerAuditMetrics(new SimpleMeterRegistry()),
        Clock.fixed(now, ZoneOffset.UTC));
  }

  private DataGap gap(String dataset, GapCause cause) {
    List<DataGap> found =
        stores.gaps.list(new GapFilter(dataset, null, cause, null), PageRequest.first(10));
    assertThat(found).as("%s gaps of %s", cause, dataset).hasSize(1);
    return found.getFirst();
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

  private static OrderBookDepth diff(long first, long last, long previous, Instant time) {
    PriceLevel bid = new PriceLevel(new BigDecimal("99"), BigDecimal.ONE);
    PriceLevel ask = new PriceLevel(new BigDecimal("101"), BigDecimal.ONE);
    return new OrderBookDepth(
        BTC, DepthKind.DIFF, first, last, previous, List.of(bid), List.of(ask), time, time, time);
  }
}
