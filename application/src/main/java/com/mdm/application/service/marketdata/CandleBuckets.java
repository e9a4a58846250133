package com.mdm.application.service.marketdata;

import com.mdm.domain.market.Timeframe;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Where the candles of a timeframe open, as Binance opens them (UTC): fixed timeframes up to three
 * days on multiples of their length since the epoch, weeks on Mondays, months on the first day.
 */
final class CandleBuckets {

  private static final Duration DAY = Duration.ofDays(1);
  // The epoch was a Thursday; the first Monday is four days later.
  private static final Duration FIRST_MONDAY = Duration.ofDays(4);

  private CandleBuckets() {}

  /** The open time of the candle of {@code timeframe} that contains {@code time}. */
  static Instant bucketOpen(Timeframe timeframe, Instant time) {
    return switch (timeframe) {
      case MONTH_1 -> {
        ZonedDateTime utc = time.atZone(ZoneOffset.UTC);
        yield utc.withDayOfMonth(1).toLocalDate().atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      case WEEK_1 -> floor(time.minus(FIRST_MONDAY), timeframe.duration()).plus(FIRST_MONDAY);
      default -> floor(time, timeframe.duration());
    };
  }

  /** The first open time of {@code timeframe} at or after {@code time}. */
  static Instant alignUp(Timeframe timeframe, Instant time) {
    Instant open = bucketOpen(timeframe, time);
    return open.equals(time) ? open : timeframe.nextOpen(open);
  }

  /**
   * The stored timeframes a candle of {@code target} can be rolled up from, coarsest first: those
   * shorter than it whose candles tile it exactly (for weeks and months, those that tile a day).
   */
  static List<Timeframe> sourcesFor(Timeframe target) {
    long span =
        target == Timeframe.MONTH_1 || target == Timeframe.WEEK_1
            ? DAY.toMillis()
            : target.duration().toMillis();
    return Arrays.stream(Timeframe.values())
        .filter(source -> source != Timeframe.MONTH_1 && source != Timeframe.WEEK_1)
        .filter(source -> source.duration().compareTo(target.duration()) < 0)
        .filter(source -> span % source.duration().toMillis() == 0)
        .sorted(Comparator.comparing(Timeframe::duration).reversed())
        .toList();
  }

  /**
   * How many candles of {@code source} the candle of {@code target} opening at {@code open} holds.
   */
  static long expectedSources(Timeframe target, Timeframe source, Instant open) {
    return Duration.between(open, target.nextOpen(open)).toMillis() / source.duration().toMillis();
  }

  private static Instant floor(Instant time, Duration length) {
    long millis = length.toMillis();
    return Instant.ofEpochMilli(Math.floorDiv(time.toEpochMilli(), millis) * millis);
  }
}
