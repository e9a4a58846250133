package com.mdm.adapter.out.binance;

import com.mdm.domain.port.out.ExchangeException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets a request go only when it fits: its weight within the minute's budget minus the safety
 * margin, a funding-rate call within that endpoint's own budget, no 429 pause and no 418 ban in
 * force. Shared by every job of the process, so one ban stops all of them.
 */
final class RateLimiter {

  private static final Logger LOG = LoggerFactory.getLogger(RateLimiter.class);

  private final Clock clock;
  private final Sleeper sleeper;
  private final Duration maxWait;
  private final WindowBudget weight;
  private final WindowBudget funding;
  private long pausedUntil;
  private long bannedUntil;

  RateLimiter(BinanceRestSettings settings, Clock clock, Sleeper sleeper) {
    this.clock = clock;
    this.sleeper = sleeper;
    this.maxWait = settings.maxWait();
    this.weight = new WindowBudget(settings.weightLimit(), settings.weightWindow().toMillis());
    this.funding =
        new WindowBudget(settings.fundingRequestLimit(), settings.fundingWindow().toMillis());
  }

  /** What a granted request reserved, to correct the counts once its response arrives. */
  record Permit(Endpoint endpoint, int weight, long weightWindow, long fundingWindow) {}

  /**
   * Waits until a request of {@code requestWeight} to {@code endpoint} may be sent, and reserves
   * it. Throws a retryable {@link ExchangeException} instead of waiting for a pause or ban that
   * lasts longer than the configured maximum wait.
   */
  Permit acquire(Endpoint endpoint, int requestWeight) throws InterruptedException {
    while (true) {
      long wait;
      synchronized (this) {
        long now = clock.millis();
        long blockedUntil = Math.max(pausedUntil, bannedUntil);
        if (blockedUntil > now) {
          wait = blockedUntil - now;
          if (wait > maxWait.toMillis()) {
            throw blocked(Instant.ofEpochMilli(blockedUntil), bannedUntil == blockedUntil);
          }
        } else {
          wait =
              Math.max(
                  weight.waitFor(now, requestWeight),
                  endpoint.fundingLimited() ? funding.waitFor(now, 1) : 0);
          if (wait == 0) {
            weight.take(now, requestWeight);
            if (endpoint.fundingLimited()) {
              funding.take(now, 1);
            }
            return new Permit(endpoint, requestWeight, weight.windowAt(now), funding.windowAt(now));
          }
          LOG.debug(
              "weight budget reached ({} of {} used): waiting {} ms",
              weight.used(now),
              weight.limit(),
              wait);
        }
      }
      sleeper.sleep(Duration.ofMillis(wait));
    }
  }

  /** Records the response to a granted request; {@code usedWeight} negative when not reported. */
  synchronized void completed(Permit permit, int usedWeight) {
    long now = clock.millis();
    weight.correct(permit.weightWindow(), now, permit.weight(), usedWeight);
    if (permit.endpoint().fundingLimited()) {
      funding.correct(permit.fundingWindow(), now, 1, -1);
    }
  }

  /** A 429: no request goes out for {@code retryAfter}. */
  synchronized void tooManyRequests(Duration retryAfter) {
    pausedUntil = Math.max(pausedUntil, clock.millis() + retryAfter.toMillis());
  }

  /** A 418: no request goes out until {@code until}. */
  synchronized void banned(Instant until) {
    bannedUntil = Math.max(bannedUntil, until.toEpochMilli());
  }

  /** The weight counted in the current window. */
  synchronized int usedWeight() {
    return weight.used(clock.millis());
  }

  private static ExchangeException blocked(Instant until, boolean ban) {
    String why =
        ban
            ? "Binance banned this IP (HTTP 418) until " + until
            : "Binance asked to slow down (HTTP 429) until " + until;
    return ExchangeException.unavailable(
        why + "; not waiting that long: retry after it", ban ? 418 : 429, until, null);
  }
}
