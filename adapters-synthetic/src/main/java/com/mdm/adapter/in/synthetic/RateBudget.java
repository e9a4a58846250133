package com.mdm.adapter.in.synthetic;

import java.time.Duration;

/**
 * Splits the configured events per second between the streams on a fixed cadence (depth, klines,
 * mark price, tickers, liquidations) and the taker orders, which get what is left.
 */
final class RateBudget {

  static final long DEPTH_INTERVAL = 100;
  static final long PARTIAL_INTERVAL = 500;
  static final long MARK_INTERVAL = 1_000;
  static final long TICKERS_INTERVAL = 2_000;
  static final long KLINE_CLOSE_INTERVAL = 60_000;
  static final double MEAN_LIQUIDATION_GAP = 30_000;
  static final int MAX_EVENTS_PER_SECOND = 1_000_000;

  /** Each order sends its trades, one aggregate trade and one book ticker. */
  static final double EVENTS_PER_ORDER = TradeTape.MEAN_FILLS + 2;

  private RateBudget() {}

  /**
   * Events per second per symbol on a fixed cadence, at most: a kline update is only sent when a
   * fill changed the kline, so at low rates there are fewer.
   */
  static double fixedPerSymbol(int timeframes, Duration klineUpdateInterval) {
    return 1_000.0 / DEPTH_INTERVAL
        + 1_000.0 / PARTIAL_INTERVAL
        + 1_000.0 / MARK_INTERVAL
        + 2 * 1_000.0 / TICKERS_INTERVAL
        + 1_000.0 / MEAN_LIQUIDATION_GAP
        + timeframes * 1_000.0 / klineUpdateInterval.toMillis();
  }

  /** The lowest rate leaving each symbol at least one taker order a second. */
  static int minimumEventsPerSecond(int symbols, int timeframes, Duration klineUpdateInterval) {
    return (int)
        Math.ceil(symbols * (fixedPerSymbol(timeframes, klineUpdateInterval) + EVENTS_PER_ORDER));
  }

  /** Refuses a rate too low for the fixed cadences and one order a second, or absurdly high. */
  static void requireAffordable(
      int eventsPerSecond, int symbols, int timeframes, Duration klineUpdateInterval) {
    int minimum = minimumEventsPerSecond(symbols, timeframes, klineUpdateInterval);
    if (eventsPerSecond < minimum || eventsPerSecond > MAX_EVENTS_PER_SECOND) {
      throw new IllegalArgumentException(
          "eventsPerSecond must be between "
              + minimum
              + " (the streams on a fixed cadence of "
              + symbols
              + " symbols and "
              + timeframes
              + " timeframes, plus one order a second each) and "
              + MAX_EVENTS_PER_SECOND
              + " but was "
              + eventsPerSecond);
    }
  }

  /** The mean time between one symbol's taker orders, in milliseconds. */
  static double meanOrderGap(SyntheticMarketSettings settings) {
    double perSymbol = settings.eventsPerSecond() / (double) settings.symbols().size();
    double fixed = fixedPerSymbol(settings.timeframes().size(), settings.klineUpdateInterval());
    return 1_000.0 * EVENTS_PER_ORDER / (perSymbol - fixed);
  }
}
