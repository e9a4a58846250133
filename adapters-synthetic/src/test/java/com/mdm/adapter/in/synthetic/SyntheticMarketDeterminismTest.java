package com.mdm.adapter.in.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The same settings give the same bytes, however the advances are split. */
class SyntheticMarketDeterminismTest {

  private static final SyntheticMarketSettings SETTINGS = SyntheticMarketSettings.defaults();
  private static final Instant END = SETTINGS.start().plus(Duration.ofMinutes(2));

  @Test
  void givenTheSameSeed_whenTwoMarketsRun_thenTheySendIdenticalBytes() {
    List<SyntheticFrame> first = new SyntheticMarket(SETTINGS).advanceTo(END);
    List<SyntheticFrame> second = new SyntheticMarket(SETTINGS).advanceTo(END);

    assertThat(first).hasSizeGreaterThan(30_000).isEqualTo(second);
  }

  @Test
  void givenAdvancesOfRandomLength_whenAMarketRuns_thenItSendsWhatOneAdvanceSends() {
    List<SyntheticFrame> whole = new SyntheticMarket(SETTINGS).advanceTo(END);
    SyntheticMarket market = new SyntheticMarket(SETTINGS);
    SplittableRandom steps = new SplittableRandom(7);
    List<SyntheticFrame> pieces = new ArrayList<>();
    Instant until = SETTINGS.start();
    while (until.isBefore(END)) {
      Instant next = until.plusMillis(steps.nextLong(1, 700));
      until = next.isAfter(END) ? END : next;
      pieces.addAll(market.advanceTo(until));
      // going back sends nothing again
      pieces.addAll(market.advanceTo(until.minusMillis(1)));
    }

    assertThat(pieces).isEqualTo(whole);
    assertThat(market.now()).isEqualTo(END);
  }

  @Test
  void givenFramesOfOneAdvance_whenListed_thenTheirEventTimesAscendAfterTheStart() {
    List<SyntheticFrame> frames = new SyntheticMarket(SETTINGS).advanceTo(END);

    assertThat(frames.getFirst().eventTime()).isAfter(SETTINGS.start());
    assertThat(frames.getLast().eventTime()).isBeforeOrEqualTo(END);
    for (int i = 1; i < frames.size(); i++) {
      assertThat(frames.get(i).eventTime()).isAfterOrEqualTo(frames.get(i - 1).eventTime());
    }
  }

  @Test
  void givenAnotherSeed_whenRun_thenTheMarketDiffers() {
    List<SyntheticFrame> first = new SyntheticMarket(SETTINGS).advanceTo(END);
    List<SyntheticFrame> other = new SyntheticMarket(SETTINGS.withSeed(2)).advanceTo(END);

    assertThat(other).isNotEqualTo(first);
  }

  @Test
  void givenTraceHeaders_whenRun_thenOnlyTheEnvelopesDiffer() {
    List<SyntheticFrame> plain = new SyntheticMarket(SETTINGS).advanceTo(END);
    List<SyntheticFrame> traced =
        new SyntheticMarket(SETTINGS.withTraceHeaders(true)).advanceTo(END);

    assertThat(traced).hasSameSizeAs(plain);
    for (int i = 0; i < plain.size(); i += 97) {
      assertThat(TenMinutes.data(traced.get(i))).isEqualTo(TenMinutes.data(plain.get(i)));
    }
  }
}
