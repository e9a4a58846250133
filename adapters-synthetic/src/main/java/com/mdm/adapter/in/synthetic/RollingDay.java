package com.mdm.adapter.in.synthetic;

import java.math.BigDecimal;
import java.util.ArrayDeque;

/**
 * The last 24 hours of a symbol's fills in one-minute buckets, for the 24-hour tickers. The window
 * moves a minute at a time; before the market has run a day it holds everything since the start.
 */
final class RollingDay {

  private static final long MINUTE = 60_000;
  private static final long DAY = 86_400_000;

  private final ArrayDeque<KlineBar> minutes = new ArrayDeque<>();
  private Fill lastFill;

  void add(Fill fill) {
    long minute = Math.floorDiv(fill.time(), MINUTE) * MINUTE;
    if (minutes.isEmpty() || minutes.getLast().openTime() != minute) {
      minutes.addLast(new KlineBar(minute, fill.priceTicks()));
    }
    minutes.getLast().add(fill);
    lastFill = fill;
  }

  /** The statistics of the day before {@code time}, or null when no fill lies in it. */
  Stats stats(long time) {
    while (!minutes.isEmpty() && minutes.getFirst().openTime() + MINUTE <= time - DAY) {
      minutes.removeFirst();
    }
    if (minutes.isEmpty()) {
      return null;
    }
    KlineBar first = minutes.getFirst();
    long high = Long.MIN_VALUE;
    long low = Long.MAX_VALUE;
    long volume = 0;
    long count = 0;
    BigDecimal quote = BigDecimal.ZERO;
    for (KlineBar minute : minutes) {
      high = Math.max(high, minute.high());
      low = Math.min(low, minute.low());
      volume += minute.volume();
      count += minute.count();
      quote = quote.add(minute.quoteVolume());
    }
    return new Stats(
        first.open(),
        high,
        low,
        lastFill.priceTicks(),
        volume,
        quote,
        count,
        first.firstTradeId(),
        lastFill.tradeId(),
        lastFill.quantity());
  }

  /** A 24-hour window's statistics, in ticks and quantity units. */
  record Stats(
      long open,
      long high,
      long low,
      long close,
      long volume,
      BigDecimal quoteVolume,
      long count,
      long firstTradeId,
      long lastTradeId,
      long lastQuantity) {}
}
