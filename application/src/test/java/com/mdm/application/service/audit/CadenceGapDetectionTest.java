package com.mdm.application.service.audit;

import static com.mdm.application.service.audit.Records.BTC;
import static com.mdm.application.service.audit.Records.agg;
import static com.mdm.application.service.audit.Records.funding;
import static com.mdm.application.service.audit.Records.mark;
import static com.mdm.application.service.audit.Records.minute;
import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.metadata.GapKind;
import com.mdm.domain.metadata.GapPosition;
import com.mdm.testsupport.fake.InMemorySeriesStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CadenceGapDetectionTest {

  private static final SeriesKey MARKS = SeriesKey.of(SeriesType.MARK_PRICES, BTC);
  private static final SeriesKey FUNDING = SeriesKey.of(SeriesType.FUNDING_RATES, BTC);
  private static final TimeRange HOUR = TimeRange.of(minute(0), minute(60));
  private static final TimeRange DAY = TimeRange.of(minute(0), minute(24 * 60));

  private final InMemorySeriesStore store = new InMemorySeriesStore();

  private SeriesAudit audit(SeriesKey key, TimeRange window) {
    return new SeriesAuditor(
            store, TestSettings.settings(Duration.ofSeconds(60), 1000, window.duration()))
        .audit(key, window, window.to());
  }

  private static Instant second(long seconds) {
    return minute(0).plusSeconds(seconds);
  }

  private static Instant hour(long hours) {
    return minute(0).plus(Duration.ofHours(hours));
  }

  @Test
  void givenTwoMinutesWithoutMarkPrices_whenAudited_thenTheGapHoldsFortyMissingUpdates() {
    for (int k = 0; k < 1200; k++) {
      if (k < 200 || k >= 240) {
        store.add(List.of(mark(second(3L * k).plusMillis(k % 3))));
      }
    }

    SeriesAudit audit = audit(MARKS, HOUR);

    assertThat(audit.gaps())
        .singleElement()
        .satisfies(
            gap -> {
              assertThat(gap.kind()).isEqualTo(GapKind.CADENCE);
              assertThat(gap.start()).isEqualTo(second(597).plusMillis(199 % 3).plusSeconds(3));
              assertThat(gap.end()).isEqualTo(second(720).plusMillis(0));
              assertThat(gap.missing()).isEqualTo(40);
            });
    assertThat(audit.present()).isEqualTo(1160);
    assertThat(audit.missing()).isEqualTo(40);
  }

  @Test
  void givenAOneSecondStream_whenAudited_thenTheSpeedIsReadFromTheData() {
    for (int s = 0; s < 600; s++) {
      if (s < 100 || s >= 190) {
        store.add(List.of(mark(second(s))));
      }
    }
    TimeRange tenMinutes = TimeRange.of(minute(0), minute(10));

    SeriesAudit audit = audit(MARKS, tenMinutes);

    assertThat(audit.gaps())
        .singleElement()
        .satisfies(
            gap -> {
              assertThat(gap.start()).isEqualTo(second(100));
              assertThat(gap.end()).isEqualTo(second(190));
              assertThat(gap.missing()).isEqualTo(90);
            });
  }

  @Test
  void givenSilenceShorterThanCadencePlusTolerance_whenAudited_thenThereIsNoGap() {
    store.add(List.of(mark(second(0)), mark(second(60)), mark(second(123)), mark(second(3597))));
    TimeRange window = TimeRange.of(minute(0), second(130));

    assertThat(audit(MARKS, window).gaps()).isEmpty();
  }

  @Test
  void givenAMarkPriceFarFromTheLastTrade_whenAudited_thenItIsInvalid() {
    store.add(List.of(agg(1, 1, 1, minute(0).minusSeconds(10), "100")));
    store.add(List.of(mark(second(0), "103"), mark(second(3), "100")));
    TimeRange window = TimeRange.of(minute(0), second(6));

    SeriesAudit audit = audit(MARKS, window);

    assertThat(audit.checked()).isEqualTo(1);
    assertThat(audit.invalid()).isEqualTo(1);
  }

  @Test
  void givenAMissingFundingTime_whenAudited_thenItIsTheGapAndTheAnnouncedNextOneIsNotLate() {
    store.add(
        List.of(
            funding(hour(0), hour(0).minusSeconds(5)),
            funding(hour(16), hour(16).minusSeconds(5)),
            funding(hour(24), hour(23))));

    SeriesAudit audit = audit(FUNDING, DAY);

    assertThat(audit.gaps())
        .singleElement()
        .satisfies(
            gap -> {
              assertThat(gap.start()).isEqualTo(hour(8));
              assertThat(gap.end()).isEqualTo(hour(16));
              assertThat(gap.missing()).isEqualTo(1);
            });
    assertThat(audit.present()).isEqualTo(3);
    assertThat(audit.missing()).isEqualTo(1);
    assertThat(audit.latest()).isEqualTo(hour(23));
  }

  @Test
  void givenFourHourFunding_whenAudited_thenTheIntervalIsReadFromTheData() {
    for (int h = 0; h <= 24; h += 4) {
      if (h != 12) {
        store.add(List.of(funding(hour(h), hour(h).minusSeconds(1))));
      }
    }

    SeriesAudit audit = audit(FUNDING, DAY);

    assertThat(audit.gaps())
        .singleElement()
        .satisfies(
            gap -> {
              assertThat(gap.start()).isEqualTo(hour(12));
              assertThat(gap.end()).isEqualTo(hour(16));
              assertThat(gap.missing()).isEqualTo(1);
            });
  }

  @Test
  void givenFundingThatStoppedInTheMorning_whenAudited_thenATrailingGapFollowsTheLastTime() {
    store.add(List.of(funding(hour(0), hour(0)), funding(hour(8), hour(7))));

    SeriesAudit audit = audit(FUNDING, DAY);

    assertThat(audit.gaps())
        .singleElement()
        .satisfies(
            gap -> {
              assertThat(gap.position()).isEqualTo(GapPosition.TRAILING);
              assertThat(gap.start()).isEqualTo(hour(16));
              assertThat(gap.end()).isEqualTo(hour(32));
            });
  }
}
