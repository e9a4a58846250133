package com.mdm.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Market history made up on demand in the shapes Binance's REST API documents, the same for every
 * symbol: klines on every fixed interval, a tape of one aggregate trade every {@link
 * #TRADE_SPACING} from {@link #TAPE_START} (ids from {@link #FIRST_TRADE_ID}), and a funding rate
 * every eight hours. Nothing lies after the stub's present.
 */
public final class StubMarket {

  /** Two days before today (UTC): recent, as Binance serves trades by time for a year only. */
  public static final Instant TAPE_START =
      Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(2));

  public static final Duration TRADE_SPACING = Duration.ofMillis(250);
  public static final long FIRST_TRADE_ID = 5_000_000L;
  public static final Duration FUNDING_INTERVAL = Duration.ofHours(8);

  private static final Pattern INTERVAL = Pattern.compile("^(\\d+)([mhdw])$");

  private StubMarket() {}

  /**
   * Kline rows opening in {@code [start, end]}, at most {@code limit}; mark-price without volume.
   */
  static List<String> klines(
      String interval, long start, long end, int limit, long now, boolean markPrice) {
    long step = intervalMillis(interval);
    List<String> rows = new ArrayList<>();
    for (long open = Math.ceilDiv(start, step) * step;
        open <= end && open <= now && rows.size() < limit;
        open += step) {
      long n = Math.floorMod(open / step, 1000);
      String base = "%d.%02d".formatted(60_000 + n, n % 100);
      String high = "%d.%02d".formatted(60_010 + n, n % 100);
      String low = "%d.%02d".formatted(59_990 + n, n % 100);
      String close = "%d.%02d".formatted(60_005 + n, n % 100);
      rows.add(
          markPrice
              ? "[%d,\"%s\",\"%s\",\"%s\",\"%s\",\"0\",%d,\"0\",%d,\"0\",\"0\",\"0\"]"
                  .formatted(open, base, high, low, close, open + step - 1, step / 1000)
              : ("[%d,\"%s\",\"%s\",\"%s\",\"%s\",\"%d.%03d\",%d,\"%d.5\",%d,\"%d.%03d\","
                      + "\"%d.25\",\"0\"]")
                  .formatted(
                      open,
                      base,
                      high,
                      low,
                      close,
                      10 + n,
                      n,
                      open + step - 1,
                      600_000 + n,
                      100 + n,
                      5 + n / 2,
                      n,
                      300_000 + n));
    }
    return rows;
  }

  /** Aggregate-trade rows with ids from {@code fromId}, at most {@code limit}, none after now. */
  static List<String> tradesFromId(long fromId, int limit, long now) {
    List<String> rows = new ArrayList<>();
    for (long id = Math.max(fromId, FIRST_TRADE_ID);
        rows.size() < limit && tradeTime(id) <= now;
        id++) {
      rows.add(trade(id));
    }
    return rows;
  }

  /** Aggregate-trade rows traded in {@code [start, end]}, at most {@code limit}. */
  static List<String> tradesBetween(long start, long end, int limit, long now) {
    long first =
        FIRST_TRADE_ID
            + Math.max(
                0, Math.ceilDiv(start - TAPE_START.toEpochMilli(), TRADE_SPACING.toMillis()));
    List<String> rows = new ArrayList<>();
    for (long id = first; rows.size() < limit && tradeTime(id) <= Math.min(end, now); id++) {
      rows.add(trade(id));
    }
    return rows;
  }

  /** The time of aggregate trade {@code id} on the tape. */
  public static long tradeTime(long id) {
    return TAPE_START.toEpochMilli() + (id - FIRST_TRADE_ID) * TRADE_SPACING.toMillis();
  }

  /** Funding-rate rows with a funding time in {@code [start, end]}, at most {@code limit}. */
  static List<String> fundingRates(String symbol, long start, long end, int limit, long now) {
    long step = FUNDING_INTERVAL.toMillis();
    List<String> rows = new ArrayList<>();
    for (long time = Math.ceilDiv(start, step) * step;
        time <= end && time <= now && rows.size() < limit;
        time += step) {
      long n = Math.floorMod(time / step, 100);
      rows.add(
          "{\"symbol\":\"%s\",\"fundingTime\":%d,\"fundingRate\":\"%s0.000%02d000\",\"markPrice\":\"%d.12345678\"}"
              .formatted(symbol, time, n % 3 == 0 ? "-" : "", n, 60_000 + n));
    }
    return rows;
  }

  /** The length of a kline interval such as {@code 1m}, {@code 4h} or {@code 1d}. */
  public static long intervalMillis(String interval) {
    Matcher matcher = INTERVAL.matcher(interval);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("interval " + interval + " is not served by the stub");
    }
    Duration unit =
        Map.of(
                "m", Duration.ofMinutes(1),
                "h", Duration.ofHours(1),
                "d", Duration.ofDays(1),
                "w", Duration.ofDays(7))
            .get(matcher.group(2));
    return unit.toMillis() * Long.parseLong(matcher.group(1));
  }

  private static String trade(long id) {
    long n = id % 97;
    return "{\"a\":%d,\"p\":\"%d.%d0\",\"q\":\"0.%03d\",\"f\":%d,\"l\":%d,\"T\":%d,\"m\":%s}"
        .formatted(
            id, 61_000 + n, n % 10, n + 1, id * 3, id * 3 + n % 3, tradeTime(id), n % 2 == 0);
  }
}
