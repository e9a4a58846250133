package com.mdm.adapter.out.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mdm.domain.port.out.ExchangeException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  // 10 s into a minute, so the window rolls 50 s later
  private static final Instant START = Instant.parse("2024-06-17T20:00:10Z");

  private final FakeTime time = new FakeTime(START);
  private final BinanceRestSettings settings =
      BinanceRestSettings.defaults(URI.create("https://fapi.binance.com"));
  private final RateLimiter limiter = new RateLimiter(settings, time, time);

  @Test
  void givenTheDefaultBudget_whenRequestsFillIt_thenTheLimitIsTheBudgetLessTenPercent()
      throws Exception {
    for (int i = 0; i < 432; i++) {
      limiter.acquire(Endpoint.KLINES, 5);
    }

    assertThat(limiter.usedWeight()).isEqualTo(2160);
    assertThat(time.sleeps).isEmpty();
  }

  @Test
  void givenTheBudgetIsUsed_whenAnotherRequestComes_thenItWaitsForTheNextMinute() throws Exception {
    for (int i = 0; i < 108; i++) {
      limiter.acquire(Endpoint.AGG_TRADES, 20);
    }

    limiter.acquire(Endpoint.AGG_TRADES, 20);

    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(50));
    assertThat(time.instant()).isEqualTo(Instant.parse("2024-06-17T20:01:00Z"));
    assertThat(limiter.usedWeight()).isEqualTo(20);
  }

  @Test
  void
      givenTheExchangeReportsMoreWeightThanCounted_whenTheNextRequestWouldPassTheLimit_thenItWaits()
          throws Exception {
    RateLimiter.Permit permit = limiter.acquire(Endpoint.KLINES, 5);
    // another client on the same IP used most of the minute
    limiter.completed(permit, 2158);

    limiter.acquire(Endpoint.KLINES, 5);

    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(50));
    assertThat(limiter.usedWeight()).isEqualTo(5);
  }

  @Test
  void givenTheExchangeReportsLessThanCounted_whenCorrected_thenTheHigherLocalCountStays()
      throws Exception {
    RateLimiter.Permit first = limiter.acquire(Endpoint.AGG_TRADES, 20);
    limiter.acquire(Endpoint.AGG_TRADES, 20);

    limiter.completed(first, 20);

    assertThat(limiter.usedWeight()).isEqualTo(40);
  }

  @Test
  void givenAResponseArrivesAfterTheMinuteRolled_whenCorrected_thenItCountsInTheNewMinuteToo()
      throws Exception {
    RateLimiter.Permit permit = limiter.acquire(Endpoint.AGG_TRADES, 20);
    time.advance(Duration.ofSeconds(50));

    limiter.completed(permit, 1000);

    assertThat(limiter.usedWeight()).isEqualTo(20);
  }

  @Test
  void givenA429_whenTheNextRequestComes_thenItWaitsForRetryAfter() throws Exception {
    limiter.tooManyRequests(Duration.ofSeconds(7));

    limiter.acquire(Endpoint.KLINES, 1);

    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void givenABanEndingWithinTheLongestWait_whenARequestComes_thenItWaitsForTheBanToEnd()
      throws Exception {
    limiter.banned(START.plusSeconds(90));

    limiter.acquire(Endpoint.KLINES, 1);

    assertThat(time.instant()).isEqualTo(START.plusSeconds(90));
  }

  @Test
  void givenABanLongerThanTheLongestWait_whenARequestComes_thenItFailsAtOnceNamingTheEnd() {
    Instant until = START.plus(Duration.ofHours(3));
    limiter.banned(until);

    assertThatThrownBy(() -> limiter.acquire(Endpoint.KLINES, 1))
        .isInstanceOfSatisfying(
            ExchangeException.class,
            e -> {
              assertThat(e.retryable()).isTrue();
              assertThat(e.retryAt()).isEqualTo(until);
              assertThat(e.httpStatus()).isEqualTo(418);
            })
        .hasMessageContaining("banned")
        .hasMessageContaining(until.toString());
    assertThat(time.sleeps).isEmpty();
  }

  @Test
  void givenFundingCalls_whenTheirOwnBudgetIsUsed_thenTheNextWaitsForTheFiveMinuteWindow()
      throws Exception {
    for (int i = 0; i < settings.fundingRequestLimit(); i++) {
      limiter.acquire(Endpoint.FUNDING_RATE, 1);
      time.advance(Duration.ofMillis(100));
    }

    limiter.acquire(Endpoint.FUNDING_RATE, 1);

    assertThat(settings.fundingRequestLimit()).isEqualTo(450);
    assertThat(time.instant()).isEqualTo(Instant.parse("2024-06-17T20:05:00Z"));
  }
}
