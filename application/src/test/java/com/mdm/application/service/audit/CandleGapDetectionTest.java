package com.mdm.application.service.audit;

import static com.mdm.application.service.audit.Records.BTC;
import static com.mdm.application.service.audit.Records.candle;
import static com.mdm.application.service.audit.Records.minute;
import static com.mdm.application.service.audit.Records.minutes;
import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.Candle;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.GapKind;
import com.mdm.domain.metadata.GapPosition;
import com.mdm.testsupport.fake.InMemorySeriesStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandleGapDetectionTest {

  private static final SeriesKey ONE_MINUTE = SeriesKey.candles(BTC, Timeframe.MINUTE_1);
  private static final TimeRange HOUR = TimeRange.of(minute(0), minute(60));

  private final InMemorySeriesStore store = new InMemorySeriesStore();
  private final SeriesAuditor auditor = new SeriesAuditor(store, TestSettings.settings());

  @Test
  void givenThreeMissingMinutes_whenAudited_thenOneGapCoversExactlyThoseOpenTimes() {
    List<Candle> candles = minutes(0, 60);
    candles.removeIf(c -> c.openTime().equals(minute(10)) || c.openTime().equals(minute(11)));
    candles.removeIf(c -> c.openTime().equals(minute(12)));
    store.add(candles);

    SeriesAudit audit = audit(ONE_MINUTE, HOUR);

    assertThat(audit.gaps())
        .containsExactly(
            new DetectedGap(
                GapKind.CANDLE_GRID,
                GapPosition.INTERIOR,
                minute(10),
                minute(13),
                3,
                1,
                null,
                null,
                "from:" + minute(10)));
    assertThat(audit.present()).isEqualTo(57);
    assertThat(audit.missing()).isEqualTo(3);
    assertThat(audit.duplicates()).isZero();
    assertThat(audit.checked()).isEqualTo(57);
    assertThat(audit.invalid()).isZero();
  }

  @Test
  void givenTheSeriesStartsInsideTheWindow_whenAudited_thenALeadingGapIsAnchoredOnItsEnd() {
    store.add(minutes(5, 60));

    SeriesAudit audit = audit(ONE_MINUTE, HOUR);

    assertThat(audit.gaps())
        .singleElement()
        .satisfies(
            gap -> {
              assertThat(gap.position()).isEqualTo(GapPosition.LEADING);
              assertThat(gap.start()).isEqualTo(minute(0));
              assertThat(gap.end()).isEqualTo(minute(5));
              assertThat(gap.missing()).isEqualTo(5);
              assertThat(gap.anchor()).isEqualTo("before:" + minute(5));
            });
  }

  @Test
  void givenACandleBeforeTheWindow_whenAudited_thenTheGapStartsAfterItButOnlyTheWindowCounts() {
    List<Candle> candles = new ArrayList<>(List.of(candle(Timeframe.MINUTE_1, minute(-10))));
    candles.addAll(minutes(5, 60));
    store.add(candles);

    SeriesAudit audit = audit(ONE_MINUTE, HOUR);

    assertThat(audit.gaps())
        .singleElement()
        .satisfies(
            gap -> {
              assertThat(gap.position()).isEqualTo(GapPosition.INTERIOR);
              assertThat(gap.start()).isEqualTo(minute(-9));
              assertThat(gap.end()).isEqualTo(minute(5));
              assertThat(gap.missing()).isEqualTo(14);
              assertThat(gap.anchor()).isEqualTo("from:" + minute(-9));
            });
    assertThat(audit.missing()).isEqualTo(5);
    assertThat(audit.present()).isEqualTo(55);
  }

  @Test
  void givenTheSeriesStopsEarly_whenAudited_thenATrailingGapRunsToTheLastDueCandle() {
    store.add(minutes(0, 51));

    SeriesAudit audit = audit(ONE_MINUTE, HOUR);

    assertThat(audit.gaps())
        .singleElement()
        .satisfies(
            gap -> {
              assertThat(gap.position()).isEqualTo(GapPosition.TRAILING);
              assertThat(gap.start()).isEqualTo(minute(51));
              assertThat(gap.end()).isEqualTo(minute(60));
              assertThat(gap.missing()).isEqualTo(9);
            });
  }

  @Test
  void givenTheNewestCandleOpenedWithinTheTolerance_whenAudited_thenItIsNotYetDue() {
    TimeRange window = TimeRange.of(minute(0).plusSeconds(30), minute(60).plusSeconds(30));
    store.add(minutes(0, 60));

    assertThat(audit(ONE_MINUTE, window).gaps()).isEmpty();

    store
        .repository(SeriesType.CANDLES, Candle.class)
        .removeIf(c -> c.openTime().equals(minute(59)));
    assertThat(audit(ONE_MINUTE, window).gaps())
        .singleElement()
        .satisfies(
            gap -> {
              assertThat(gap.start()).isEqualTo(minute(59));
              assertThat(gap.end()).isEqualTo(minute(60));
              assertThat(gap.missing()).isEqualTo(1);
            });
  }

  @Test
  void givenNoCandleAtAll_whenAudited_thenTheWholeWindowIsOneGap() {
    SeriesAudit audit = audit(ONE_MINUTE, HOUR);

    assertThat(audit.gaps())
        .singleElement()
        .satisfies(
            gap -> {
              assertThat(gap.position()).isEqualTo(GapPosition.WHOLE_WINDOW);
              assertThat(gap.start()).isEqualTo(minute(0));
              assertThat(gap.end()).isEqualTo(minute(60));
              assertThat(gap.missing()).isEqualTo(60);
              assertThat(gap.anchor()).isEqualTo("empty");
            });
    assertThat(audit.present()).isZero();
    assertThat(audit.missing()).isEqualTo(60);
    assertThat(audit.latest()).isNull();
  }

  @Test
  void givenTwoHolesAroundOneCandle_whenAudited_thenTheyMergeButNotAroundTwo() {
    List<Candle> candles = minutes(0, 60);
    candles.removeIf(c -> c.openTime().equals(minute(10)) || c.openTime().equals(minute(12)));
    candles.removeIf(c -> c.openTime().equals(minute(30)) || c.openTime().equals(minute(33)));
    store.add(candles);

    SeriesAudit audit = audit(ONE_MINUTE, HOUR);

    assertThat(audit.gaps())
        .extracting(DetectedGap::start, DetectedGap::end, DetectedGap::missing, DetectedGap::breaks)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(minute(10), minute(13), 2L, 2),
            org.assertj.core.groups.Tuple.tuple(minute(30), minute(31), 1L, 1),
            org.assertj.core.groups.Tuple.tuple(minute(33), minute(34), 1L, 1));
    assertThat(audit.missing()).isEqualTo(4);
  }

  @Test
  void givenACandleWhoseOpenLiesAboveItsHigh_whenAudited_thenItCountsAsInvalid() {
    List<Candle> candles = minutes(0, 60);
    candles.set(7, candle(Timeframe.MINUTE_1, minute(7), "120", "110", "90", "105"));
    store.add(candles);

    SeriesAudit audit = audit(ONE_MINUTE, HOUR);

    assertThat(audit.checked()).isEqualTo(60);
    assertThat(audit.invalid()).isEqualTo(1);
    assertThat(audit.gaps()).isEmpty();
  }

  @Test
  void givenMonthlyCandlesWithoutMarch_whenAudited_thenMarchIsTheGap() {
    SeriesKey monthly = SeriesKey.candles(BTC, Timeframe.MONTH_1);
    for (String month : List.of("01", "02", "04", "05")) {
      store.add(
          List.of(candle(Timeframe.MONTH_1, Instant.parse("2024-" + month + "-01T00:00:00Z"))));
    }
    TimeRange window =
        TimeRange.of(Instant.parse("2024-01-10T00:00:00Z"), Instant.parse("2024-05-15T00:00:00Z"));

    SeriesAudit audit = audit(monthly, window);

    assertThat(audit.gaps())
        .singleElement()
        .satisfies(
            gap -> {
              assertThat(gap.start()).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
              assertThat(gap.end()).isEqualTo(Instant.parse("2024-04-01T00:00:00Z"));
              assertThat(gap.missing()).isEqualTo(1);
            });
    assertThat(audit.present()).isEqualTo(4);
  }

  private SeriesAudit audit(SeriesKey key, TimeRange window) {
    return auditor.audit(key, window, window.to());
  }
}
