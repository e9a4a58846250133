package com.mdm.testsupport;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How the Binance stub reads a request: its query, its weight, and the market rows it asks for. */
final class StubRequests {

  private StubRequests() {}

  static int weight(String path, Map<String, String> query) {
    int limit = Integer.parseInt(query.getOrDefault("limit", "500"));
    return switch (path) {
      case "/fapi/v1/klines", "/fapi/v1/markPriceKlines" ->
          limit < 100 ? 1 : limit < 500 ? 2 : limit <= 1000 ? 5 : 10;
      case "/fapi/v1/aggTrades" -> 20;
      default -> 1;
    };
  }

  static Map<String, String> query(String raw) {
    Map<String, String> query = new LinkedHashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          query.put(
              pair.substring(0, eq),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return query;
  }

  /** The rows of {@code StubMarket} a request asks for; null for an aggTrades window over 1 h. */
  static List<String> marketRows(String path, String symbol, Map<String, String> query, long now) {
    int limit = Integer.parseInt(query.getOrDefault("limit", "500"));
    long start = Long.parseLong(query.getOrDefault("startTime", "0"));
    long end = Long.parseLong(query.getOrDefault("endTime", Long.toString(now)));
    List<String> rows =
        switch (path) {
          case "/fapi/v1/klines", "/fapi/v1/markPriceKlines" ->
              StubMarket.klines(
                  query.get("interval"), start, end, limit, now, path.contains("markPrice"));
          case "/fapi/v1/fundingRate" -> StubMarket.fundingRates(symbol, start, end, limit, now);
          case "/fapi/v1/aggTrades" -> {
            if (query.containsKey("fromId")) {
              yield StubMarket.tradesFromId(Long.parseLong(query.get("fromId")), limit, now);
            }
            if (end - start >= Duration.ofHours(1).toMillis()) {
              yield null;
            }
            yield StubMarket.tradesBetween(start, end, limit, now);
          }
          default -> List.of();
        };
    return rows;
  }
}
