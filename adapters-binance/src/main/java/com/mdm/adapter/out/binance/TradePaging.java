package com.mdm.adapter.out.binance;

import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.port.out.HistoryCursor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Paging of aggregate trades: the first page comes from a time window (shorter than the hour
 * Binance allows), every later one from the last id + 1, because paging by time loses trades that
 * share a millisecond at a page boundary.
 */
final class TradePaging {

  // aggTrades refuses a startTime-endTime window of an hour or more
  private static final Duration WINDOW = Duration.ofHours(1).minusMillis(1);

  private TradePaging() {}

  /** The inclusive end of the search window starting at {@code from}, within the range. */
  static Instant windowEnd(Instant from, Instant end) {
    Instant windowEnd = from.plus(WINDOW);
    Instant lastOfRange = end.minusMillis(1);
    return windowEnd.isBefore(lastOfRange) ? windowEnd : lastOfRange;
  }

  /**
   * The cursor after a page: {@code fetched} as returned, {@code inRange} those before the range
   * end, {@code windowEnd} null when the page came by {@code fromId}; null once the range is done.
   */
  static HistoryCursor next(
      List<AggregateTrade> fetched,
      List<AggregateTrade> inRange,
      int limit,
      Instant windowEnd,
      Instant end) {
    boolean searching = windowEnd != null;
    boolean lastWindow = searching && !windowEnd.plusMillis(1).isBefore(end);
    if (inRange.isEmpty()) {
      // an empty search window moves the search on by one window
      return searching && !lastWindow ? HistoryCursor.at(windowEnd.plusMillis(1)) : null;
    }
    boolean reachedEnd = inRange.size() < fetched.size();
    boolean reachedNewest = fetched.size() < limit && (!searching || lastWindow);
    if (reachedEnd || reachedNewest) {
      return null;
    }
    AggregateTrade last = inRange.getLast();
    return new HistoryCursor(last.tradeTime(), last.aggregateTradeId() + 1);
  }
}
