package com.mdm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.application.service.audit.AuditSettings;
import com.mdm.application.service.audit.ReauditGapService;
import com.mdm.application.service.backfill.AutoRepairService;
import com.mdm.application.service.backfill.AutoRepairSettings;
import com.mdm.domain.market.Candle;
import com.mdm.domain.market.Ohlc;
import com.mdm.domain.market.RecordOrigin;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.BackfillJob;
import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.metadata.GapCause;
import com.mdm.domain.metadata.GapDetails;
import com.mdm.domain.metadata.GapFate;
import com.mdm.domain.metadata.GapKind;
import com.mdm.domain.metadata.GapPosition;
import com.mdm.domain.metadata.GapStatus;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.metadata.Severity;
import com.mdm.testsupport.Await;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The repair job decides a gap's fate, through the real re-audit, MongoDB, MariaDB and the Binance
 * REST stub: a gap the stub's klines fill is backfilled by that job; a gap where the stub has no
 * klines either is confirmed empty; history before the first record is left alone by default.
 */
class GapFatesIT {

  private static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");

  @Test
  void givenTwoCandleGaps_whenRepaired_thenOneIsBackfilledAndTheOtherConfirmedEmpty()
      throws Exception {
    Symbol sol = Symbol.of("SOLUSDT");
    Symbol halted = Symbol.of("HALTUSDT");
    SeriesKey solHours = SeriesKey.candles(sol, Timeframe.HOUR_1);
    SeriesKey haltHours = SeriesKey.candles(halted, Timeframe.HOUR_1);
    try (BackfillHarness harness = new BackfillHarness()) {
      List<Candle> live =
          IntStream.range(0, 48)
              .filter(h -> h < 10 || h >= 14)
              .mapToObj(h -> candle(sol, h))
              .toList();
      harness.series.repository(SeriesType.CANDLES, Candle.class).saveAll(live).get();
      List<Candle> haltedLive =
          IntStream.range(0, 48)
              .filter(h -> h < 20 || h >= 23)
              .mapToObj(h -> candle(halted, h))
              .toList();
      harness.series.repository(SeriesType.CANDLES, Candle.class).saveAll(haltedLive).get();
      harness.stub.record("/fapi/v1/klines", "HALTUSDT", "[]".getBytes(StandardCharsets.UTF_8));
      harness.gaps.upsert(gap("sol", solHours, hour(10), 4, GapCause.CAPTURE_OUTAGE));
      harness.gaps.upsert(gap("halt", haltHours, hour(20), 3, GapCause.STREAM_LOSS));
      harness.gaps.upsert(gap("history", solHours, hour(-5), 5, GapCause.NOT_COLLECTED));
      AuditSettings audit =
          AuditSettings.defaults()
              .withSeries(java.util.EnumSet.of(SeriesType.CANDLES), List.of(Timeframe.HOUR_1));
      ReauditGapService reaudit =
          new ReauditGapService(
              audit, harness.series, harness.gaps, harness.auditLog, Clock.systemUTC());
      AutoRepairService repair =
          new AutoRepairService(
              harness.gaps, harness.jobs, harness.service, reaudit, AutoRepairSettings.defaults());
      harness.startWorker(
          harness.jobs,
          harness.clientSettings(),
          BackfillHarness.workerSettings("worker-a"),
          repair);

      assertThat(repair.repairOnce().jobsCreated()).isEqualTo(2);
      Await.until(
          "both repairs settled",
          Duration.ofSeconds(30),
          () -> harness.gaps.list(null, GapStatus.OPEN, PageRequest.first(10)).size(),
          open -> open == 1);

      BackfillJob solJob = jobFor(harness, "sol");
      DataGap filled = harness.gaps.get("sol").orElseThrow();
      assertThat(filled.status()).isEqualTo(GapStatus.RESOLVED);
      assertThat(filled.fate()).isEqualTo(GapFate.backfilled(solJob.jobId(), 4));
      var candles = harness.series.repository(SeriesType.CANDLES, Candle.class);
      List<Candle> repaired =
          candles.range(
              solHours,
              com.mdm.domain.market.TimeRange.of(hour(10), hour(14)),
              10,
              com.mdm.domain.market.SortOrder.ASCENDING);
      assertThat(candles.originsOf(solHours, repaired))
          .hasSize(4)
          .containsOnly(RecordOrigin.backfill(solJob.jobId()));
      DataGap empty = harness.gaps.get("halt").orElseThrow();
      assertThat(empty.fate().kind()).isEqualTo(GapFate.Kind.CONFIRMED_EMPTY);
      assertThat(empty.fate().jobId()).isEqualTo(jobFor(harness, "halt").jobId());
      assertThat(harness.gaps.get("history").orElseThrow().fate()).isEqualTo(GapFate.OPEN);
      assertThat(repair.repairOnce().jobsCreated()).isZero();
    }
  }

  private static BackfillJob jobFor(BackfillHarness harness, String gapId) {
    return harness.jobs.list(null, null, PageRequest.first(10)).stream()
        .filter(job -> gapId.equals(job.checkpoint().gapId()))
        .findFirst()
        .orElseThrow();
  }

  private static Instant hour(int h) {
    return T0.plus(Duration.ofHours(h));
  }

  private static DataGap gap(String id, SeriesKey series, Instant start, int hours, GapCause c) {
    Instant end = start.plus(Duration.ofHours(hours));
    GapPosition position = c == GapCause.NOT_COLLECTED ? GapPosition.LEADING : GapPosition.INTERIOR;
    GapDetails details =
        new GapDetails(
            id,
            series,
            GapKind.CANDLE_GRID,
            position,
            start,
            end,
            hours,
            1,
            null,
            null,
            Severity.HIGH,
            Duration.ZERO,
            "from:" + start);
    Instant now = Instant.now();
    return new DataGap(
        id,
        series,
        start,
        end,
        hours,
        Severity.HIGH,
        GapStatus.OPEN,
        details,
        now,
        now,
        c,
        GapFate.OPEN);
  }

  private static Candle candle(Symbol symbol, int hour) {
    Instant open = hour(hour);
    BigDecimal price = new BigDecimal("7.5");
    return new Candle(
        symbol,
        Timeframe.HOUR_1,
        open,
        open.plus(Duration.ofHours(1)).minusMillis(1),
        new Ohlc(price, price, price, price),
        BigDecimal.ONE,
        BigDecimal.ONE,
        1,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        true,
        open.plus(Duration.ofHours(1)),
        open.plus(Duration.ofHours(1)));
  }
}
