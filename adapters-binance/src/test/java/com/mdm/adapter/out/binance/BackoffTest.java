package com.mdm.adapter.out.binance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BackoffTest {

  @Test
  void givenFailedAttempts_whenBackingOff_thenEachWaitsBetweenHalfAndAllOfADoublingCap() {
    Backoff backoff =
        new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), new SplittableRandom(7));

    for (int round = 0; round < 50; round++) {
      assertThat(backoff.delay(1)).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
      assertThat(backoff.delay(3)).isBetween(Duration.ofMillis(1000), Duration.ofMillis(2000));
      assertThat(backoff.delay(12)).isBetween(Duration.ofSeconds(15), Duration.ofSeconds(30));
    }
  }

  @Test
  void givenTheSameAttempt_whenBackingOffRepeatedly_thenTheWaitsDiffer() {
    Backoff backoff =
        new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), new SplittableRandom(11));

    assertThat(java.util.stream.Stream.generate(() -> backoff.delay(4)).limit(20).distinct())
        .hasSizeGreaterThan(10);
  }
}
