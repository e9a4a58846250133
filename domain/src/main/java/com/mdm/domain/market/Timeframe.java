package com.mdm.domain.market;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A Binance kline interval; every one but {@link #MONTH_1} has a fixed duration. */
public enum Timeframe {
  MINUTE_1("1m", Duration.ofMinutes(1)),
  MINUTE_3("3m", Duration.ofMinutes(3)),
  MINUTE_5("5m", Duration.ofMinutes(5)),
  MINUTE_15("15m", Duration.ofMinutes(15)),
  MINUTE_30("30m", Duration.ofMinutes(30)),
  HOUR_1("1h", Duration.ofHours(1)),
  HOUR_2("2h", Duration.ofHours(2)),
  HOUR_4("4h", Duration.ofHours(4)),
  HOUR_6("6h", Duration.ofHours(6)),
  HOUR_8("8h", Duration.ofHours(8)),
  HOUR_12("12h", Duration.ofHours(12)),
  DAY_1("1d", Duration.ofDays(1)),
  DAY_3("3d", Duration.ofDays(3)),
  WEEK_1("1w", Duration.ofDays(7)),
  MONTH_1("1M", Duration.ofDays(30));

  private final String code;
  private final Duration duration;

  Timeframe(String code, Duration duration) {
    this.code = code;
    this.duration = duration;
  }

  /** The Binance interval code, e.g. {@code 1m}, {@code 4h}, {@code 1M}. */
  public String code() {
    return code;
  }

  /** The length of one candle; for {@code 1M} a nominal 30 days (use {@link #nextOpen}). */
  public Duration duration() {
    return duration;
  }

  /** The open time of the candle after the one opening at {@code open}. */
  public Instant nextOpen(Instant open) {
    if (this == MONTH_1) {
      return open.atZone(ZoneOffset.UTC).plusMonths(1).toInstant();
    }
    return open.plus(duration);
  }

  /** Parses a Binance interval code; case matters ({@code 1m} is a minute, {@code 1M} a month). */
  public static Timeframe of(String code) {
    for (Timeframe timeframe : values()) {
      if (timeframe.code.equals(code)) {
        return timeframe;
      }
    }
    throw new IllegalArgumentException(
        "timeframe '" + code + "' is invalid: expected one of " + codes());
  }

  /** All interval codes, comma separated, in ascending duration. */
  public static String codes() {
    List<String> codes = Arrays.stream(values()).map(Timeframe::code).toList();
    return codes.stream().collect(Collectors.joining(","));
  }

  @Override
  public String toString() {
    return code;
  }
}
