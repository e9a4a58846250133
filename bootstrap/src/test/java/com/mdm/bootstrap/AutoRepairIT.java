package com.mdm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.application.service.backfill.AutoRepairService;
import com.mdm.application.service.backfill.AutoRepairSettings;
import com.mdm.application.service.backfill.RepairRound;
import com.mdm.domain.market.Candle;
import com.mdm.domain.market.Ohlc;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.BackfillJob;
import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.metadata.GapStatus;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.metadata.Severity;
import com.mdm.domain.port.out.DataGapRepository;
import com.mdm.testsupport.Await;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Gaps found by the auditor become backfill jobs, and are re-audited once repaired. */
class AutoRepairIT {

  private static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");

  private static Candle candle(Symbol symbol, int hour) {
    Instant open = T0.plus(Duration.ofHours(hour));
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

  private static DataGap gap(String id, SeriesKey series, Instant start, Duration length, long n) {
    return new DataGap(
        id,
        series,
        start,
        start.plus(length),
        n,
        Severity.HIGH,
        GapStatus.OPEN,
        "{}",
        Instant.now(),
        Instant.now());
  }

  @Test
  void givenGapsFoundByTheAuditor_whenAutoRepairRuns_thenLongOnesAreFilledAndReaudited()
      throws Exception {
    Symbol sol = Symbol.of("SOLUSDT");
    Symbol gone = Symbol.of("EMPTYUSDT");
    SeriesKey solHours = SeriesKey.candles(sol, Timeframe.HOUR_1);
    try (BackfillHarness harness = new BackfillHarness()) {
      List<Candle> live =
          IntStream.range(0, 48)
              .filter(h -> h < 10 || h >= 14)
              .mapToObj(h -> candle(sol, h))
              .toList();
      harness.series.repository(SeriesType.CANDLES, Candle.class).saveAll(live).get();
      harness.stub.record("/fapi/v1/klines", "EMPTYUSDT", "[]".getBytes(StandardCharsets.UTF_8));
      DataGapRepository gaps = harness.gaps;
      gaps.upsert(gap("sol-4h", solHours, T0.plus(Duration.ofHours(10)), Duration.ofHours(4), 4));
      gaps.upsert(
          gap(
              "sol-short",
              SeriesKey.candles(sol, Timeframe.MINUTE_1),
              T0,
              Duration.ofMinutes(20),
              20));
      gaps.upsert(
          gap("gone-3h", SeriesKey.candles(gone, Timeframe.HOUR_1), T0, Duration.ofHours(3), 3));
      CandleCountReaudit reaudit = new CandleCountReaudit(gaps, harness.series);
      AutoRepairService repair =
          new AutoRepairService(
              gaps,
              harness.jobs,
              harness.service,
              reaudit,
              new AutoRepairSettings(Duration.ofHours(1), Duration.ofMinutes(5), 0, 50, 3));
      harness.startWorker(
          harness.jobs,
          harness.clientSettings(),
          BackfillHarness.workerSettings("worker-a"),
          repair);

      RepairRound first = repair.repairOnce();
      RepairRound again = repair.repairOnce();
      Await.until(
          "both gaps re-audited", Duration.ofSeconds(30), () -> reaudit.calls.size(), n -> n == 2);

      assertThat(first).isEqualTo(new RepairRound(3, 2, 0, 1));
      assertThat(again.jobsCreated()).isZero();
      assertThat(gaps.get("sol-4h").orElseThrow().status()).isEqualTo(GapStatus.RESOLVED);
      assertThat(gaps.get("gone-3h").orElseThrow().status()).isEqualTo(GapStatus.UNRECOVERABLE);
      assertThat(gaps.get("sol-short").orElseThrow().status()).isEqualTo(GapStatus.OPEN);
      assertThat(
              harness
                  .series
                  .repository(SeriesType.CANDLES, Candle.class)
                  .count(solHours, TimeRange.all()))
          .isEqualTo(48);
      List<BackfillJob> jobs = harness.jobs.list(null, null, PageRequest.first(10));
      assertThat(jobs).hasSize(2).allMatch(job -> job.checkpoint().contains("\"gapId\""));
      assertThat(repair.repairOnce()).isEqualTo(new RepairRound(1, 0, 0, 1));
    }
  }
}
