package com.mdm.adapter.out.binance;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: attempt n waits between half and all of {@code base·2^(n-1)},
 * capped at {@code max}, so that replicas failing together do not retry together.
 */
final class Backoff {

  private final Duration base;
  private final Duration max;
  private final RandomGenerator random;

  Backoff(Duration base, Duration max, RandomGenerator random) {
    this.base = base;
    this.max = max;
    this.random = random;
  }

  /** The wait after failed attempt {@code attempt} (1 for the first). */
  Duration delay(int attempt) {
    long cap = base.toMillis();
    for (int i = 1; i < attempt && cap < max.toMillis(); i++) {
      cap *= 2;
    }
    cap = Math.min(cap, max.toMillis());
    long half = cap / 2;
    return Duration.ofMillis(half + (long) (random.nextDouble() * (cap - half)));
  }
}
