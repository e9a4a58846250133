package com.mdm.adapter.in.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Settings refuse what the market cannot generate, naming the field and the value. */
class SyntheticMarketSettingsTest {

  private static final SyntheticMarketSettings DEFAULTS = SyntheticMarketSettings.defaults();

  @Test
  void givenTheDefaults_whenRead_thenTheyAreTheFirstThreePairsAtThreeHundredASecond() {
    assertThat(DEFAULTS.symbols())
        .extracting(Symbol::value)
        .containsExactly("BTCUSDT", "ETHUSDT", "BNBUSDT");
    assertThat(DEFAULTS.eventsPerSecond()).isEqualTo(300);
    assertThat(DEFAULTS.timeframes())
        .extracting(Timeframe::code)
        .containsExactly("1m", "5m", "15m", "1h", "4h", "1d");
    assertThat(DEFAULTS.faults()).isEqualTo(SyntheticFaults.none());
  }

  @Test
  void givenTooLowARate_whenSet_thenTheMessageNamesTheMinimum() {
    assertThatThrownBy(() -> DEFAULTS.withEventsPerSecond(100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("eventsPerSecond must be between 125 ")
        .hasMessageEndingWith("but was 100");
  }

  @Test
  void givenInvalidSettings_whenBuilt_thenEachMessageNamesItsField() {
    assertThatThrownBy(() -> DEFAULTS.withSymbols(List.of()))
        .hasMessageStartingWith("symbols must be");
    assertThatThrownBy(
            () -> DEFAULTS.withSymbols(List.of(Symbol.of("BTCUSDT"), Symbol.of("BTCUSDT"))))
        .hasMessageStartingWith("symbols must be");
    assertThatThrownBy(() -> DEFAULTS.withStart(Instant.parse("1970-01-02T00:00:00Z")))
        .hasMessageStartingWith("start must lie in");
    assertThatThrownBy(() -> withTimeframes(List.of(Timeframe.WEEK_1)))
        .hasMessage("timeframes must each divide a day (1m ... 12h, 1d) but included 1w");
    assertThatThrownBy(() -> withUpdateInterval(Duration.ZERO))
        .hasMessageStartingWith("klineUpdateInterval must be between 1 ms and 1 min");
    assertThatThrownBy(() -> new SyntheticFaults(0, -1, 0))
        .hasMessage("skipAggregateIdEvery must be >= 0 (0 turns the fault off) but was -1");
  }

  @Test
  void givenAHigherRate_whenRun_thenTheMarketSendsAboutThatMany() {
    SyntheticMarketSettings fast = DEFAULTS.withEventsPerSecond(2_000);

    int frames = new SyntheticMarket(fast).advanceTo(fast.start().plusSeconds(60)).size();

    assertThat(frames / 60.0).isBetween(1_800.0, 2_200.0);
  }

  @Test
  void givenAStartWithinAMillisecond_whenBuilt_thenItIsTruncatedToTheMillisecond() {
    Instant start = Instant.parse("2026-01-01T00:00:00.123456Z");

    assertThat(DEFAULTS.withStart(start).start()).isEqualTo("2026-01-01T00:00:00.123Z");
  }

  private static SyntheticMarketSettings withTimeframes(List<Timeframe> timeframes) {
    return new SyntheticMarketSettings(
        DEFAULTS.symbols(),
        DEFAULTS.eventsPerSecond(),
        1,
        DEFAULTS.start(),
        timeframes,
        DEFAULTS.klineUpdateInterval(),
        false,
        SyntheticFaults.none());
  }

  private static SyntheticMarketSettings withUpdateInterval(Duration interval) {
    return new SyntheticMarketSettings(
        DEFAULTS.symbols(),
        DEFAULTS.eventsPerSecond(),
        1,
        DEFAULTS.start(),
        DEFAULTS.timeframes(),
        interval,
        false,
        SyntheticFaults.none());
  }
}
