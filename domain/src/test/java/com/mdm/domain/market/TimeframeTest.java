package com.mdm.domain.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeframeTest {

  @Test
  void parsesEveryBinanceIntervalAndKeepsMinuteAndMonthApart() {
    assertThat(Timeframe.of("1m")).isEqualTo(Timeframe.MINUTE_1);
    assertThat(Timeframe.of("1M")).isEqualTo(Timeframe.MONTH_1);
    assertThat(Timeframe.of("4h").duration()).isEqualTo(Duration.ofHours(4));
    assertThat(Timeframe.codes()).isEqualTo("1m,3m,5m,15m,30m,1h,2h,4h,6h,8h,12h,1d,3d,1w,1M");
    for (Timeframe timeframe : Timeframe.values()) {
      assertThat(Timeframe.of(timeframe.code())).isSameAs(timeframe);
    }
  }

  @Test
  void rejectsUnknownIntervalsNamingTheChoices() {
    assertThatThrownBy(() -> Timeframe.of("2m"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'2m'")
        .hasMessageContaining("1m,3m");
  }

  @Test
  void monthlyCandlesFollowTheCalendar() {
    Instant february = Instant.parse("2024-02-01T00:00:00Z");
    assertThat(Timeframe.MONTH_1.nextOpen(february))
        .isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
    assertThat(Timeframe.HOUR_1.nextOpen(february))
        .isEqualTo(Instant.parse("2024-02-01T01:00:00Z"));
  }
}
