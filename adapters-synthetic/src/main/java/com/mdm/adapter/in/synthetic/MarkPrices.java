package com.mdm.adapter.in.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.random.RandomGenerator;

/**
 * A symbol's mark, index and estimated settle prices, a hair from the last trade, and the funding
 * rate announced for the next funding time, which comes every 8 hours (00:00, 08:00, 16:00 UTC).
 */
final class MarkPrices {

  static final long FUNDING_INTERVAL = 8 * 3_600_000L;

  private static final int SCALE = 8;
  private static final long MAX_RATE = 300_000;

  private final RandomGenerator random;
  private long rate;

  MarkPrices(RandomGenerator random) {
    this.random = random;
    this.rate = 5_000 + random.nextLong(10_000);
  }

  /** The prices and rate announced at {@code time}, given the last trade price. */
  Mark next(long time, BigDecimal lastPrice) {
    rate = Math.max(-MAX_RATE, Math.min(MAX_RATE, rate + random.nextLong(-40, 41)));
    BigDecimal mark = nudge(lastPrice, 300);
    BigDecimal index = nudge(mark, 200);
    BigDecimal settle = nudge(index, 100);
    long nextFunding = Math.floorDiv(time, FUNDING_INTERVAL) * FUNDING_INTERVAL + FUNDING_INTERVAL;
    return new Mark(mark, index, settle, BigDecimal.valueOf(rate, SCALE), nextFunding);
  }

  /** {@code price} moved by at most {@code millionths} of itself, at the mark price scale. */
  private BigDecimal nudge(BigDecimal price, long millionths) {
    BigDecimal move = BigDecimal.valueOf(random.nextLong(-millionths, millionths + 1), 6);
    return price.add(price.multiply(move)).setScale(SCALE, RoundingMode.HALF_EVEN);
  }

  /**
   * One {@code markPriceUpdate}'s values.
   *
   * @param nextFundingTime {@code T}, epoch milliseconds
   */
  record Mark(
      BigDecimal markPrice,
      BigDecimal indexPrice,
      BigDecimal estimatedSettlePrice,
      BigDecimal fundingRate,
      long nextFundingTime) {}
}
