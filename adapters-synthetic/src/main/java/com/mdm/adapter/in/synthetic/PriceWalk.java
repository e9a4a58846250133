package com.mdm.adapter.in.synthetic;

import java.util.random.RandomGenerator;

/**
 * The best bid as a random walk in whole ticks, one step per taker order. Within 2 % of the start
 * it walks freely; beyond that it drifts back, and it never leaves 80–120 % of the start, so the
 * price stays plausible and positive however long the market runs.
 */
final class PriceWalk {

  private static final double STEP_OF_PRICE = 5e-6;
  private static final double FREE_BAND = 0.02;
  private static final double HARD_BAND = 0.20;

  private final long start;
  private final double sigma;
  private final long floor;
  private final long ceiling;
  private long ticks;

  PriceWalk(long startTicks) {
    this.start = startTicks;
    this.ticks = startTicks;
    this.sigma = Math.max(0.3, startTicks * STEP_OF_PRICE);
    this.floor = Math.max(1, Math.round(startTicks * (1 - HARD_BAND)));
    this.ceiling = Math.round(startTicks * (1 + HARD_BAND));
  }

  /** Takes one step and returns the new best bid in ticks. */
  long step(RandomGenerator random) {
    double deviation = (ticks - start) / (double) start;
    double drift = Math.abs(deviation) <= FREE_BAND ? 0 : -Math.signum(deviation) * sigma / 2;
    long next = ticks + Math.round(random.nextGaussian() * sigma + drift);
    ticks = Math.min(ceiling, Math.max(floor, next));
    return ticks;
  }

  long ticks() {
    return ticks;
  }
}
