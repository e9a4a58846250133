package com.mdm.application.service.audit;

import com.mdm.domain.market.Timeframe;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * The open times a timeframe's candles fall on. Fixed-length timeframes are aligned on a known open
 * time (a stored candle when there is one, since Binance aligns weeks on Mondays and its 3-day
 * candles on a date of its own); months start on the first day at midnight UTC.
 */
final class CandleGrid {

  /** The first Monday after the epoch, where weekly candles are aligned. */
  private static final Instant MONDAY = Instant.parse("1970-01-05T00:00:00Z");

  private final Timeframe timeframe;
  private final Instant anchor;

  private CandleGrid(Timeframe timeframe, Instant anchor) {
    this.timeframe = timeframe;
    this.anchor = anchor;
  }

  /** A grid through {@code knownOpen}, or the conventional alignment when it is null. */
  static CandleGrid of(Timeframe timeframe, Instant knownOpen) {
    Instant anchor = knownOpen;
    if (anchor == null) {
      anchor = timeframe == Timeframe.WEEK_1 ? MONDAY : Instant.EPOCH;
    }
    return new CandleGrid(timeframe, anchor);
  }

  Timeframe timeframe() {
    return timeframe;
  }

  /**
   * The open time of the candle whose period contains {@code time}: always a slot of the grid, in
   * whole milliseconds, whatever fraction of a millisecond {@code time} carries.
   */
  Instant floor(Instant time) {
    if (timeframe == Timeframe.MONTH_1) {
      ZonedDateTime utc = time.atZone(ZoneOffset.UTC);
      return utc.toLocalDate().withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
    long step = timeframe.duration().toMillis();
    long millis = time.toEpochMilli();
    return Instant.ofEpochMilli(millis - Math.floorMod(millis - anchor.toEpochMilli(), step));
  }

  boolean isOpen(Instant time) {
    return floor(time).equals(time);
  }

  Instant next(Instant open) {
    return timeframe.nextOpen(open);
  }

  /** How many open times lie in {@code [from, to)}, where {@code from} is an open time. */
  long count(Instant from, Instant to) {
    if (!to.isAfter(from)) {
      return 0;
    }
    if (timeframe != Timeframe.MONTH_1) {
      long span = Duration.between(from, to).toMillis();
      long step = timeframe.duration().toMillis();
      return (span + step - 1) / step;
    }
    long count = 0;
    for (Instant open = from; open.isBefore(to); open = next(open)) {
      count++;
    }
    return count;
  }
}
