package com.mdm.application.service.audit;

import static com.mdm.application.service.audit.Records.BTC;
import static com.mdm.application.service.audit.Records.minute;
import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.GapKind;
import com.mdm.domain.metadata.GapPosition;
import com.mdm.domain.metadata.HealthMetric;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The formulas of docs/auditor.md, including its worked example. */
class HealthScoresTest {

  private static final Duration SLA = Duration.ofSeconds(300);
  private static final TimeRange DAY = TimeRange.of(minute(0), minute(1440));
  private static final SeriesKey CANDLES = SeriesKey.candles(BTC, Timeframe.MINUTE_1);

  private static DetectedGap gap(long fromMinute, long missing) {
    return new DetectedGap(
        GapKind.CANDLE_GRID,
        GapPosition.INTERIOR,
        minute(fromMinute),
        minute(fromMinute + missing),
        missing,
        1,
        null,
        null,
        "from:" + minute(fromMinute));
  }

  private static SeriesAudit audit(
      SeriesKey key,
      List<DetectedGap> gaps,
      long present,
      long missing,
      long duplicates,
      long checked,
      long invalid,
      Instant latest,
      boolean measured) {
    return new SeriesAudit(
        key, DAY, DAY.to(), gaps, present, missing, duplicates, checked, invalid, latest, measured);
  }

  @Test
  void theWorkedExampleOfTheDocsComesOutAsDocumented() {
    SeriesAudit audit =
        audit(
            CANDLES,
            List.of(gap(300, 25), gap(900, 2)),
            1413,
            27,
            0,
            1413,
            1,
            DAY.to().minusSeconds(45),
            true);

    HealthScores scores = HealthScores.of(audit, SLA);

    assertThat(scores).isEqualTo(new HealthScores(98.13, 45, 85.0, 88.13, 100.0, 99.93, 93.46));
    HealthMetric metric = scores.toMetric(audit);
    assertThat(metric.datasetId()).isEqualTo("candles_BTCUSDT_1m");
    assertThat(metric.symbol()).isEqualTo(BTC);
    assertThat(metric.windowStart()).isEqualTo(DAY.from());
    assertThat(metric.windowEnd()).isEqualTo(DAY.to());
    assertThat(metric.gapsCount()).isEqualTo(2);
    assertThat(metric.duplicatesCount()).isZero();
    assertThat(metric.notCollectedGaps()).isZero();
    assertThat(metric.notCollectedRecords()).isZero();
    assertThat(metric.qualityScore()).isEqualTo(93.46);
    assertThat(metric.timestamp()).isEqualTo(DAY.to());
  }

  @Test
  void givenNoRecordAtAll_thenOnlyUniquenessAndValidityScore() {
    SeriesAudit audit = audit(CANDLES, List.of(gap(0, 1440)), 0, 1440, 0, 0, 0, null, true);

    HealthScores scores = HealthScores.of(audit, SLA);

    assertThat(scores).isEqualTo(new HealthScores(0, 86400, 0, 0, 100, 100, 25));
  }

  @Test
  void givenManyGaps_thenTheGapPenaltyStopsAtFifty() {
    List<DetectedGap> gaps =
        java.util.stream.LongStream.range(0, 12).mapToObj(i -> gap(i * 10, 1)).toList();
    SeriesAudit audit = audit(CANDLES, gaps, 1428, 12, 0, 0, 0, DAY.to(), true);

    HealthScores scores = HealthScores.of(audit, SLA);

    assertThat(scores.continuity()).isEqualTo(49.17);
    assertThat(scores.completeness()).isEqualTo(99.17);
    assertThat(scores.freshness()).isEqualTo(100);
  }

  @Test
  void givenDuplicatesAndAStaleSeries_thenUniquenessAndFreshnessDrop() {
    SeriesKey trades = SeriesKey.of(SeriesType.AGG_TRADES, BTC);
    SeriesAudit audit =
        audit(trades, List.of(), 900, 0, 100, 0, 0, DAY.to().minusSeconds(600), true);

    HealthScores scores = HealthScores.of(audit, SLA);

    assertThat(scores.uniqueness()).isEqualTo(90);
    assertThat(scores.freshnessSeconds()).isEqualTo(600);
    assertThat(scores.freshness()).isZero();
    assertThat(scores.completeness()).isEqualTo(100);
    assertThat(scores.continuity()).isEqualTo(100);
  }

  @Test
  void givenASeriesWithoutExpectedRate_thenCompletenessOnlySaysWhetherAnythingArrived() {
    SeriesKey tickers = SeriesKey.of(SeriesType.BOOK_TICKERS, BTC);

    HealthScores some =
        HealthScores.of(audit(tickers, List.of(), 5, 0, 0, 5, 1, DAY.to(), false), SLA);
    HealthScores none = HealthScores.of(audit(tickers, List.of(), 0, 0, 0, 0, 0, null, false), SLA);

    assertThat(some.completeness()).isEqualTo(100);
    assertThat(some.continuity()).isEqualTo(100);
    assertThat(some.validity()).isEqualTo(80);
    assertThat(none.completeness()).isZero();
    assertThat(none.continuity()).isEqualTo(100);
  }

  @Test
  void givenHistoryNeverCollectedBeforeTheFirstRecord_thenItIsCountedApartFromCaptureGaps() {
    DetectedGap history =
        new DetectedGap(
            GapKind.CANDLE_GRID,
            GapPosition.LEADING,
            minute(0),
            minute(600),
            600,
            1,
            null,
            null,
            "from:" + minute(0));
    SeriesAudit audit =
        audit(CANDLES, List.of(history, gap(900, 2)), 838, 602, 0, 838, 0, DAY.to(), true);

    HealthScores scores = HealthScores.of(audit, SLA);
    HealthMetric metric = scores.toMetric(audit);

    assertThat(scores.completeness()).isEqualTo(99.76);
    assertThat(metric.gapsCount()).isEqualTo(1);
    assertThat(metric.notCollectedGaps()).isEqualTo(1);
    assertThat(metric.notCollectedRecords()).isEqualTo(600);
  }
}
