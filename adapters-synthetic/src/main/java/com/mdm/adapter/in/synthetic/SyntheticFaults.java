package com.mdm.adapter.in.synthetic;

/**
 * Faults injected on purpose, so that the auditor has something to find. Each withholds frames the
 * way a lossy link would: the market goes on as if they had been sent. Zero turns a fault off.
 *
 * @param dropKlineMinuteEvery every N-th minute after the start (the N-th, 2N-th, ...), no 1m kline
 *     frame of that minute is sent for any symbol: neither its updates nor its close
 * @param skipAggregateIdEvery per symbol, every N-th aggregate trade is not sent, leaving a hole in
 *     the aggregate ids {@code a} (its trades are still sent on the trade stream)
 * @param breakDepthChainEvery per symbol, every N-th diff depth event is not sent, so the next
 *     one's {@code pu} is not the {@code u} of the one before it
 */
public record SyntheticFaults(
    int dropKlineMinuteEvery, int skipAggregateIdEvery, int breakDepthChainEvery) {

  public SyntheticFaults {
    nonNegative(dropKlineMinuteEvery, "dropKlineMinuteEvery");
    nonNegative(skipAggregateIdEvery, "skipAggregateIdEvery");
    nonNegative(breakDepthChainEvery, "breakDepthChainEvery");
  }

  /** No fault: every frame is sent. */
  public static SyntheticFaults none() {
    return new SyntheticFaults(0, 0, 0);
  }

  /** Whether the minute with this index (0 for the minute holding the start) is withheld. */
  boolean dropsKlineMinute(long minuteIndex) {
    return hits(dropKlineMinuteEvery, minuteIndex + 1);
  }

  /** Whether the aggregate trade with this 1-based count is withheld. */
  boolean skipsAggregate(long count) {
    return hits(skipAggregateIdEvery, count);
  }

  /** Whether the diff depth event with this 1-based count is withheld. */
  boolean breaksDepthChain(long count) {
    return hits(breakDepthChainEvery, count);
  }

  private static boolean hits(int every, long count) {
    return every > 0 && count % every == 0;
  }

  private static void nonNegative(int value, String field) {
    if (value < 0) {
      throw new IllegalArgumentException(
          field + " must be >= 0 (0 turns the fault off) but was " + value);
    }
  }
}
