package com.mdm.application.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.GapKind;
import com.mdm.domain.metadata.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small rules the auditor is built from: severities, cadences, grids, ids and JSON. */
class AuditRulesTest {

  @Test
  void severityRisesWithDurationAndEachThresholdIsExclusive() {
    SeverityThresholds thresholds = SeverityThresholds.defaults();

    assertThat(thresholds.of(Duration.ofMinutes(5))).isEqualTo(Severity.LOW);
    assertThat(thresholds.of(Duration.ofMinutes(5).plusMillis(1))).isEqualTo(Severity.MEDIUM);
    assertThat(thresholds.of(Duration.ofHours(1))).isEqualTo(Severity.MEDIUM);
    assertThat(thresholds.of(Duration.ofMinutes(61))).isEqualTo(Severity.HIGH);
    assertThat(thresholds.of(Duration.ofHours(7))).isEqualTo(Severity.CRITICAL);
    assertThatThrownBy(
            () ->
                new SeverityThresholds(
                    Duration.ofHours(2), Duration.ofHours(1), Duration.ofHours(3)))
        .hasMessageContaining("medium <= high <= critical");
  }

  @Test
  void markPriceSpeedIsTheOneMostDistancesAreNearElseTheFallback() {
    Instant t = Instant.parse("2024-05-01T00:00:00Z");
    List<Instant> oneSecond =
        List.of(t, t.plusMillis(1001), t.plusMillis(2000), t.plusMillis(3002), t.plusMillis(4000));
    List<Instant> sparse = List.of(t, t.plusSeconds(60), t.plusSeconds(200));

    assertThat(Cadences.markPrice(oneSecond, Duration.ofSeconds(3)))
        .isEqualTo(Duration.ofSeconds(1));
    assertThat(Cadences.markPrice(sparse, Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void fundingIntervalIsTheMostFrequentExactDistance() {
    Instant t = Instant.parse("2024-05-01T00:00:00Z");
    List<Instant> times =
        List.of(t, t.plusSeconds(4 * 3600), t.plusSeconds(8 * 3600), t.plusSeconds(16 * 3600));

    assertThat(Cadences.funding(times, Duration.ofHours(8))).isEqualTo(Duration.ofHours(4));
    assertThat(Cadences.funding(List.of(t), Duration.ofHours(8))).isEqualTo(Duration.ofHours(8));
  }

  @Test
  void candleGridsAlignOnAStoredCandleOrOnMondaysForWeeks() {
    Instant wednesday = Instant.parse("2024-05-01T13:45:00Z");

    assertThat(CandleGrid.of(Timeframe.WEEK_1, null).floor(wednesday))
        .isEqualTo(Instant.parse("2024-04-29T00:00:00Z"));
    assertThat(CandleGrid.of(Timeframe.HOUR_4, null).floor(wednesday))
        .isEqualTo(Instant.parse("2024-05-01T12:00:00Z"));
    assertThat(
            CandleGrid.of(Timeframe.DAY_3, Instant.parse("2024-04-30T00:00:00Z")).floor(wednesday))
        .isEqualTo(Instant.parse("2024-04-30T00:00:00Z"));
    CandleGrid months = CandleGrid.of(Timeframe.MONTH_1, null);
    assertThat(months.floor(wednesday)).isEqualTo(Instant.parse("2024-05-01T00:00:00Z"));
    assertThat(
            months.count(
                Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-03-15T00:00:00Z")))
        .isEqualTo(3);
  }

  @Test
  void candleGridSlotsAreWholeMillisecondsWhateverFractionTheTimeCarries() {
    Instant slot = Instant.parse("2024-04-01T00:00:00Z");
    for (Timeframe timeframe : Timeframe.values()) {
      CandleGrid grid = CandleGrid.of(timeframe, slot);
      for (long nanos : new long[] {1, 680_034, 999_999, 1_000_001}) {
        assertThat(grid.floor(slot.plusNanos(nanos)))
            .as("%s + %d ns", timeframe, nanos)
            .isEqualTo(slot);
      }
      Instant last = timeframe.nextOpen(slot).minusNanos(1);
      assertThat(grid.floor(last)).as("%s, last nanosecond", timeframe).isEqualTo(slot);
      assertThat(grid.isOpen(slot.plusNanos(680_034))).isFalse();
    }
  }

  @Test
  void gapIdsAreStableAndDifferPerDatasetKindAndAnchor() {
    String id = GapIds.of("candles_BTCUSDT_1m", GapKind.CANDLE_GRID, "from:x");

    assertThat(id).hasSize(32).matches("[0-9a-f]+");
    assertThat(GapIds.of("candles_BTCUSDT_1m", GapKind.CANDLE_GRID, "from:x")).isEqualTo(id);
    assertThat(GapIds.of("candles_BTCUSDT_5m", GapKind.CANDLE_GRID, "from:x")).isNotEqualTo(id);
    assertThat(GapIds.of("candles_BTCUSDT_1m", GapKind.CADENCE, "from:x")).isNotEqualTo(id);
    assertThat(GapIds.of("candles_BTCUSDT_1m", GapKind.CANDLE_GRID, "from:y")).isNotEqualTo(id);
  }
}
