package com.mdm.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.testsupport.MovableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailedTokenLimiterTest {

  private final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final FailedTokenLimiter limiter =
      new FailedTokenLimiter(3, Duration.ofSeconds(60), clock);

  @Test
  void aClientIsHeldBackAfterItsFailuresUntilItsWindowEnds() {
    limiter.failed("10.0.0.1");
    limiter.failed("10.0.0.1");
    assertThat(limiter.retryAfterSeconds("10.0.0.1")).isZero();

    limiter.failed("10.0.0.1");
    clock.advance(Duration.ofSeconds(15));

    assertThat(limiter.retryAfterSeconds("10.0.0.1")).isEqualTo(45);
    clock.advance(Duration.ofSeconds(45));
    assertThat(limiter.retryAfterSeconds("10.0.0.1")).isZero();
  }

  @Test
  void oneClientsFailuresNeitherHoldBackNorAreClearedByAnother() {
    for (int i = 0; i < 3; i++) {
      limiter.failed("10.0.0.1");
    }

    assertThat(limiter.retryAfterSeconds("10.0.0.2")).isZero();
    limiter.failed("10.0.0.2");
    assertThat(limiter.retryAfterSeconds("10.0.0.1")).isPositive();
  }

  @Test
  void theNumberOfClientsHeldIsBoundedAndNewcomersPastTheBoundShareOneWindow() {
    for (int i = 0; i < FailedTokenLimiter.MAX_CLIENTS + 500; i++) {
      limiter.failed("client-" + i);
    }

    assertThat(limiter.clients()).isLessThanOrEqualTo(FailedTokenLimiter.MAX_CLIENTS + 1);
    assertThat(limiter.retryAfterSeconds("a newcomer")).isPositive();

    clock.advance(Duration.ofSeconds(61));
    limiter.failed("after the window");
    assertThat(limiter.clients()).isEqualTo(1);
    assertThat(limiter.retryAfterSeconds("another newcomer")).isZero();
  }
}
