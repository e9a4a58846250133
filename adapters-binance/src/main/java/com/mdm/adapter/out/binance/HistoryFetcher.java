package com.mdm.adapter.out.binance;

import com.fasterxml.jackson.databind.JsonNode;
import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.port.out.ExchangeException;
import com.mdm.domain.port.out.HistoryCursor;
import com.mdm.domain.port.out.HistoryPage;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One request of history and its rows mapped to records: a page by time (klines, mark-price klines,
 * funding) with the cursor of the next, or the rows of any query; a response that does not map is
 * the exchange's failure, not the caller's.
 */
final class HistoryFetcher {

  /** Maps a response's rows, fetched at the given time, to records. */
  @FunctionalInterface
  interface RowMapper<T> {
    List<T> map(JsonNode rows, Instant fetched);
  }

  private final BinanceRestCaller caller;
  private final Clock clock;

  HistoryFetcher(BinanceRestCaller caller, Clock clock) {
    this.caller = caller;
    this.clock = clock;
  }

  /** The page starting at {@code from}, at most {@code limit} rows before {@code end}. */
  <T extends MarketEvent> HistoryPage<T> byTime(
      Endpoint endpoint,
      Map<String, String> baseQuery,
      int limit,
      HistoryCursor from,
      Instant end,
      UnaryOperator<Instant> following,
      RowMapper<T> mapper) {
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(end, "end must not be null");
    if (!from.time().isBefore(end)) {
      return new HistoryPage<>(List.of(), null);
    }
    Map<String, String> query = new LinkedHashMap<>(baseQuery);
    query.put("startTime", millis(from.time()));
    query.put("endTime", millis(end.minusMillis(1)));
    query.put("limit", Integer.toString(limit));
    List<T> records = fetch(endpoint, query, limit, mapper);
    if (records.size() < limit) {
      return new HistoryPage<>(records, null);
    }
    Instant next = following.apply(records.getLast().seriesTime());
    return new HistoryPage<>(records, next.isBefore(end) ? HistoryCursor.at(next) : null);
  }

  <T> List<T> fetch(Endpoint endpoint, Map<String, String> query, int limit, RowMapper<T> mapper) {
    JsonNode rows = caller.get(endpoint, query, limit);
    Instant fetched = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    try {
      return mapper.map(rows, fetched);
    } catch (IllegalArgumentException e) {
      throw ExchangeException.rejected(
          "unexpected response from Binance " + endpoint.path() + ": " + e.getMessage(), 200, null);
    }
  }

  static String millis(Instant time) {
    return Long.toString(time.toEpochMilli());
  }
}
