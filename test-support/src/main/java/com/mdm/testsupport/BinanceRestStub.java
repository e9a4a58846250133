package com.mdm.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A Binance USD-M REST stand-in on 127.0.0.1: serves {@code /fapi/v1/klines}, {@code
 * markPriceKlines}, {@code aggTrades} and {@code fundingRate} from {@link StubMarket} (or a
 * recorded body), counts request weight per window as Binance does and reports it in {@code
 * X-MBX-USED-WEIGHT-1M}, answers 429 past the budget, and plays scripted faults (429 with {@code
 * Retry-After}, 418, 5xx, slow responses, error bodies) on the next requests.
 */
public final class BinanceRestStub implements AutoCloseable {

  /** What the stub answered to one request. */
  public record Request(String path, Map<String, String> query, int weight, int status) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final int budget;
  private final long windowMillis;
  private final Deque<BinanceFault> faults = new ArrayDeque<>();
  private final Map<Long, Integer> usedByWindow = new HashMap<>();
  private final Map<String, byte[]> recorded = new HashMap<>();
  private final Set<String> invalidSymbols = new HashSet<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private int otherClientsWeight;
  private int rejectedOverBudget;

  private BinanceRestStub(int budget, Duration window) throws IOException {
    this.budget = budget;
    this.windowMillis = window.toMillis();
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/fapi/v1/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** A stub counting weight against {@code budget} per {@code window} (Binance: 2400 / minute). */
  public static BinanceRestStub start(int budget, Duration window) {
    try {
      return new BinanceRestStub(budget, window);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the Binance stub", e);
    }
  }

  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Serves {@code body} for every request of {@code path} for {@code symbol}. */
  public synchronized void record(String path, String symbol, byte[] body) {
    recorded.put(path + "|" + symbol, body.clone());
  }

  /** Answers every request for {@code symbol} with Binance's 400 {@code -1121 Invalid symbol.}. */
  public synchronized void invalidSymbol(String symbol) {
    invalidSymbols.add(symbol);
  }

  /** Plays {@code fault} on the next request not yet answered by an earlier fault. */
  public synchronized void failNext(BinanceFault fault) {
    faults.addLast(fault);
  }

  /** Weight that other clients on the same IP use at the start of every window. */
  public synchronized void otherClientsUse(int weight) {
    otherClientsWeight = weight;
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  /** The highest weight counted in any window so far. */
  public synchronized int maxUsedWeight() {
    return usedByWindow.values().stream().mapToInt(Integer::intValue).max().orElse(0);
  }

  /** How many requests were refused because they would have gone over the budget. */
  public synchronized int rejectedOverBudget() {
    return rejectedOverBudget;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) {
    try {
      String path = exchange.getRequestURI().getPath();
      Map<String, String> query = StubRequests.query(exchange.getRequestURI().getRawQuery());
      int weight = StubRequests.weight(path, query);
      BinanceFault fault;
      int used;
      synchronized (this) {
        long window = Math.floorDiv(System.currentTimeMillis(), windowMillis);
        used = usedByWindow.getOrDefault(window, otherClientsWeight);
        if (used + weight > budget) {
          rejectedOverBudget++;
          long retryAfter =
              Math.ceilDiv((window + 1) * windowMillis - System.currentTimeMillis(), 1000);
          fault =
              BinanceFault.status(
                  429,
                  error(
                      -1003,
                      "Too many requests; current limit is "
                          + budget
                          + " request weight per window."),
                  Map.of("Retry-After", Long.toString(retryAfter)));
        } else {
          used += weight;
          usedByWindow.put(window, used);
          fault = faults.pollFirst();
        }
      }
      if (fault != null && !fault.delay().isZero()) {
        sleep(fault.delay());
      }
      Answer answer =
          fault != null && fault.status() != 0
              ? new Answer(fault.status(), fault.body(), fault.headers())
              : answer(path, query);
      requests.add(new Request(path, query, weight, answer.status()));
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.getResponseHeaders().add("X-MBX-USED-WEIGHT-1M", Integer.toString(used));
      answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
      byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    } catch (IOException | RuntimeException e) {
      // a client that timed out has gone away; nothing to answer
    } finally {
      exchange.close();
    }
  }

  private record Answer(int status, String body, Map<String, String> headers) {}

  private Answer answer(String path, Map<String, String> query) {
    String symbol = query.getOrDefault("symbol", "");
    synchronized (this) {
      if (invalidSymbols.contains(symbol)) {
        return new Answer(400, error(-1121, "Invalid symbol."), Map.of());
      }
      byte[] body = recorded.get(path + "|" + symbol);
      if (body != null) {
        return new Answer(200, new String(body, StandardCharsets.UTF_8), Map.of());
      }
    }
    List<String> rows = StubRequests.marketRows(path, symbol, query, System.currentTimeMillis());
    if (rows == null) {
      return new Answer(
          400, error(-1127, "More than 1 hours between startTime and endTime."), Map.of());
    }
    return new Answer(200, "[" + String.join(",", rows) + "]", Map.of());
  }

  /** A Binance error body. */
  public static String error(int code, String message) {
    return "{\"code\":" + code + ",\"msg\":\"" + message.replace("\"", "\\\"") + "\"}";
  }

  private static void sleep(Duration delay) {
    try {
      Thread.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
