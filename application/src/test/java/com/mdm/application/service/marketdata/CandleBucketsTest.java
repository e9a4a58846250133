package com.mdm.application.service.marketdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.Timeframe;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CandleBucketsTest {

  @Test
  void fourHourCandlesOpenOnMultiplesOfFourHoursSinceTheEpoch() {
    assertThat(CandleBuckets.bucketOpen(Timeframe.HOUR_4, Instant.parse("2024-05-01T07:59:59Z")))
        .isEqualTo(Instant.parse("2024-05-01T04:00:00Z"));
    assertThat(CandleBuckets.bucketOpen(Timeframe.HOUR_4, Instant.parse("2024-05-01T08:00:00Z")))
        .isEqualTo(Instant.parse("2024-05-01T08:00:00Z"));
  }

  @Test
  void weeklyCandlesOpenOnMondayMidnight() {
    // 2024-05-01 was a Wednesday; 2024-04-29 a Monday.
    assertThat(CandleBuckets.bucketOpen(Timeframe.WEEK_1, Instant.parse("2024-05-01T12:00:00Z")))
        .isEqualTo(Instant.parse("2024-04-29T00:00:00Z"));
    assertThat(CandleBuckets.bucketOpen(Timeframe.WEEK_1, Instant.parse("2024-04-29T00:00:00Z")))
        .isEqualTo(Instant.parse("2024-04-29T00:00:00Z"));
  }

  @Test
  void monthlyCandlesOpenOnTheFirstOfTheMonth() {
    assertThat(CandleBuckets.bucketOpen(Timeframe.MONTH_1, Instant.parse("2024-02-29T23:59:00Z")))
        .isEqualTo(Instant.parse("2024-02-01T00:00:00Z"));
    assertThat(CandleBuckets.alignUp(Timeframe.MONTH_1, Instant.parse("2024-02-10T00:00:00Z")))
        .isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
  }

  @Test
  void anAlignedTimeIsItsOwnAlignUp() {
    Instant open = Instant.parse("2024-05-01T04:00:00Z");
    assertThat(CandleBuckets.alignUp(Timeframe.HOUR_4, open)).isEqualTo(open);
    assertThat(CandleBuckets.alignUp(Timeframe.HOUR_4, open.plusMillis(1)))
        .isEqualTo(Instant.parse("2024-05-01T08:00:00Z"));
  }

  @Test
  void sourcesAreTheFinerTimeframesThatTileTheTargetCoarsestFirst() {
    assertThat(CandleBuckets.sourcesFor(Timeframe.HOUR_4))
        .containsExactly(
            Timeframe.HOUR_2,
            Timeframe.HOUR_1,
            Timeframe.MINUTE_30,
            Timeframe.MINUTE_15,
            Timeframe.MINUTE_5,
            Timeframe.MINUTE_3,
            Timeframe.MINUTE_1);
    assertThat(CandleBuckets.sourcesFor(Timeframe.HOUR_6)).doesNotContain(Timeframe.HOUR_4);
    assertThat(CandleBuckets.sourcesFor(Timeframe.MINUTE_1)).isEmpty();
  }

  @Test
  void weeksAndMonthsRollUpFromDaysAndFinerButNotFromThreeDays() {
    assertThat(CandleBuckets.sourcesFor(Timeframe.WEEK_1).getFirst()).isEqualTo(Timeframe.DAY_1);
    assertThat(CandleBuckets.sourcesFor(Timeframe.WEEK_1)).doesNotContain(Timeframe.DAY_3);
    assertThat(CandleBuckets.sourcesFor(Timeframe.MONTH_1).getFirst()).isEqualTo(Timeframe.DAY_1);
    assertThat(CandleBuckets.sourcesFor(Timeframe.MONTH_1))
        .doesNotContain(Timeframe.DAY_3, Timeframe.WEEK_1);
  }

  @Test
  void aMonthExpectsAsManyFinerCandlesAsItHasDays() {
    assertThat(
            CandleBuckets.expectedSources(
                Timeframe.MONTH_1, Timeframe.DAY_1, Instant.parse("2024-02-01T00:00:00Z")))
        .isEqualTo(29);
    assertThat(
            CandleBuckets.expectedSources(
                Timeframe.HOUR_4, Timeframe.MINUTE_1, Instant.parse("2024-02-01T00:00:00Z")))
        .isEqualTo(240);
  }
}
