package com.mdm.adapter.in.http;

import static com.mdm.adapter.in.http.ApiTestStack.BTC;
import static com.mdm.adapter.in.http.ApiTestStack.ETH;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mdm.adapter.in.http.ApiClient.Answer;
import com.mdm.domain.market.Candle;
import com.mdm.domain.market.Side;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.market.Trade;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DataRoutesIT {

  private static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");

  private ApiTestStack stack;
  private ApiClient api;

  @BeforeAll
  void start() {
    stack = ApiTestStack.start();
    api = stack.api;
  }

  @AfterAll
  void stop() throws Exception {
    stack.close();
  }

  @Test
  void givenTradesSharingMilliseconds_whenPagedWithSmallLimits_thenEachArrivesOnceInOrder() {
    List<Trade> trades = new ArrayList<>();
    long id = 5_000_000;
    for (int ms = 0; trades.size() < 150; ms += 1 + ms % 4) {
      int burst = 1 + (ms * 5) % 8;
      for (int i = 0; i < burst; i++) {
        trades.add(MarketSamples.trade(ETH, id++, T0.plusMillis(ms)));
      }
    }
    stack.store(trades);
    List<Long> ascending =
        trades.stream()
            .sorted(Comparator.comparing(Trade::tradeTime).thenComparing(Trade::tradeId))
            .map(Trade::tradeId)
            .toList();

    for (int limit : new int[] {1, 3, 7, 10}) {
      assertThat(pageAll("/data/trades?pair=ETHUSDT&limit=" + limit, "tradeId"))
          .as("ascending, limit %d", limit)
          .isEqualTo(ascending);
    }
    List<Long> descending = pageAll("/data/trades?pair=ETHUSDT&order=desc&limit=6", "tradeId");
    assertThat(descending).isEqualTo(ascending.reversed());
    assertThat(new HashSet<>(descending)).hasSize(trades.size());
  }

  @Test
  void aTradePageCarriesDecimalsAsExactStringsAndAcceptsEpochMilliseconds() {
    stack.store(
        List.of(MarketSamples.trade(BTC, 1, T0), MarketSamples.trade(BTC, 2, T0.plusSeconds(1))));

    Answer answer =
        api.get(
            "/data/trades?pair=BTCUSDT&start="
                + T0.toEpochMilli()
                + "&end="
                + T0.plusMillis(1).toEpochMilli());

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("application/json");
    JsonNode body = answer.json();
    assertThat(body.get("dataset").asText()).isEqualTo("trades_BTCUSDT");
    assertThat(body.get("count").asInt()).isEqualTo(1);
    assertThat(body.get("nextCursor").isNull()).isTrue();
    JsonNode trade = body.get("data").get(0);
    assertThat(trade.get("tradeId").asLong()).isEqualTo(1);
    assertThat(trade.get("price").isTextual()).isTrue();
    assertThat(trade.get("price").asText()).isEqualTo("64990.90");
    assertThat(trade.get("quantity").asText()).isEqualTo("0.010");
    assertThat(trade.get("tradeTime").asText()).isEqualTo("2024-05-01T00:00:00Z");
  }

  @Test
  void aggregateTradesAreServedFromTheirOwnSeries() {
    stack.store(List.of(MarketSamples.aggTrade(BTC, 77, T0)));

    JsonNode body = api.get("/data/trades?pair=BTCUSDT&type=aggTrade").json();

    assertThat(body.get("dataset").asText()).isEqualTo("agg_trades_BTCUSDT");
    assertThat(body.get("data")).hasSize(1);
    assertThat(body.get("data").get(0).get("aggregateTradeId").asLong()).isEqualTo(77);
    assertThat(body.get("data").get(0).get("lastTradeId").asLong()).isEqualTo(772);
  }

  @Test
  void storedCandlesAreServedAsStoredAndNotDerived() {
    stack.store(MarketSamples.candles(BTC, Timeframe.HOUR_1, T0, 5));

    JsonNode body = api.get("/data/candles?pair=BTCUSDT&period=1h&limit=3").json();

    assertThat(body.get("derived").asBoolean()).isFalse();
    assertThat(body.get("sourcePeriod").asText()).isEqualTo("1h");
    assertThat(body.get("data")).hasSize(3);
    assertThat(body.get("data").get(0).get("openTime").asText()).isEqualTo("2024-05-01T00:00:00Z");
    assertThat(body.get("data").get(0).get("incomplete").asBoolean()).isFalse();
    assertThat(body.get("nextCursor").isTextual()).isTrue();
  }

  @Test
  void fourHourCandlesAreRolledUpFromStoredMinutesAndEqualAManualRollUp() {
    Instant open = Instant.parse("2024-06-01T00:00:00Z");
    List<Candle> minutes =
        new ArrayList<>(MarketSamples.candles(ETH, Timeframe.MINUTE_1, open, 480));
    Instant missing = open.plusSeconds(4 * 3600 + 17 * 60);
    minutes.removeIf(candle -> candle.openTime().equals(missing));
    stack.store(minutes);

    Answer answer =
        api.get("/data/candles?pair=ETHUSDT&period=4h&start=2024-06-01T00:00:00Z&end=2024-06-02");

    assertThat(answer.status()).isEqualTo(200);
    JsonNode body = answer.json();
    assertThat(body.get("derived").asBoolean()).isTrue();
    assertThat(body.get("sourcePeriod").asText()).isEqualTo("1m");
    assertThat(body.get("period").asText()).isEqualTo("4h");
    JsonNode data = body.get("data");
    assertThat(data).hasSize(2);
    Map<Instant, List<Candle>> buckets = new TreeMap<>();
    for (Candle minute : minutes) {
      long bucket = minute.openTime().getEpochSecond() / (4 * 3600) * (4 * 3600);
      buckets.computeIfAbsent(Instant.ofEpochSecond(bucket), k -> new ArrayList<>()).add(minute);
    }
    int index = 0;
    for (var bucket : buckets.entrySet()) {
      JsonNode derived = data.get(index++);
      List<Candle> sources = bucket.getValue();
      assertThat(derived.get("openTime").asText()).isEqualTo(bucket.getKey().toString());
      assertThat(derived.get("closeTime").asText())
          .isEqualTo(bucket.getKey().plusSeconds(4 * 3600).minusMillis(1).toString());
      assertThat(derived.get("open").asText()).isEqualTo(sources.getFirst().open().toPlainString());
      assertThat(derived.get("close").asText())
          .isEqualTo(sources.getLast().close().toPlainString());
      assertThat(new BigDecimal(derived.get("high").asText()))
          .isEqualTo(
              sources.stream().map(Candle::high).max(Comparator.naturalOrder()).orElseThrow());
      assertThat(new BigDecimal(derived.get("low").asText()))
          .isEqualTo(
              sources.stream().map(Candle::low).min(Comparator.naturalOrder()).orElseThrow());
      assertThat(derived.get("volume").asText())
          .isEqualTo(
              sources.stream()
                  .map(Candle::volume)
                  .reduce(BigDecimal.ZERO, BigDecimal::add)
                  .toPlainString());
      assertThat(derived.get("quoteVolume").asText())
          .isEqualTo(
              sources.stream()
                  .map(Candle::quoteVolume)
                  .reduce(BigDecimal.ZERO, BigDecimal::add)
                  .toPlainString());
      assertThat(derived.get("tradeCount").asLong())
          .isEqualTo(sources.stream().mapToLong(Candle::tradeCount).sum());
      assertThat(derived.get("incomplete").asBoolean()).isEqualTo(sources.size() < 240);
    }
    assertThat(data.get(1).get("incomplete").asBoolean()).isTrue();
    assertThat(data.get(0).get("incomplete").asBoolean()).isFalse();
  }

  @Test
  void derivedCandlesPageThroughWithoutDuplicatesOrHoles() {
    Instant open = Instant.parse("2024-07-01T00:00:00Z");
    stack.store(MarketSamples.candles(BTC, Timeframe.MINUTE_15, open, 4 * 30));

    List<String> all = opens("/data/candles?pair=BTCUSDT&period=2h&start=2024-07-01&limit=1000");
    List<String> paged = new ArrayList<>();
    String cursor = null;
    do {
      JsonNode body =
          api.get(
                  "/data/candles?pair=BTCUSDT&period=2h&start=2024-07-01&limit=4"
                      + cursorParam(cursor))
              .json();
      assertThat(body.get("derived").asBoolean()).isTrue();
      body.get("data").forEach(candle -> paged.add(candle.get("openTime").asText()));
      cursor = body.get("nextCursor").isNull() ? null : body.get("nextCursor").asText();
    } while (cursor != null);

    assertThat(all).hasSize(15);
    assertThat(paged).isEqualTo(all);
  }

  @Test
  void depthAtATimeIsTheLatestEventAtOrBeforeIt() {
    stack.store(
        List.of(
            MarketSamples.depth(BTC, 100, T0),
            MarketSamples.depth(BTC, 200, T0.plusSeconds(1)),
            MarketSamples.depth(BTC, 300, T0.plusSeconds(2))));

    JsonNode at = api.get("/data/depth?pair=BTCUSDT&at=2024-05-01T00:00:01.500Z").json();
    JsonNode latest = api.get("/data/depth?pair=BTCUSDT&order=desc&limit=1").json();

    assertThat(at.get("data")).hasSize(1);
    assertThat(at.get("data").get(0).get("finalUpdateId").asLong()).isEqualTo(200);
    assertThat(at.get("data").get(0).get("bids").get(0).get(0).asText()).isEqualTo("64990.00");
    assertThat(latest.get("data").get(0).get("finalUpdateId").asLong()).isEqualTo(300);
  }

  @Test
  void everyOtherSeriesIsServedFromItsStore() {
    stack.store(
        List.of(
            MarketSamples.funding(BTC, T0), MarketSamples.funding(BTC, T0.plusSeconds(8 * 3600))));
    stack.store(List.of(MarketSamples.markPrice(BTC, T0)));
    stack.store(List.of(MarketSamples.ticker(BTC, T0, false), MarketSamples.ticker(BTC, T0, true)));
    stack.store(
        List.of(MarketSamples.bookTicker(BTC, 11, T0), MarketSamples.bookTicker(BTC, 12, T0)));
    stack.store(
        List.of(
            MarketSamples.liquidation(BTC, Side.SELL, T0),
            MarketSamples.liquidation(BTC, Side.BUY, T0)));

    JsonNode funding = api.get("/data/funding?pair=BTCUSDT").json().get("data");
    JsonNode markPrice = api.get("/data/mark-price?pair=BTCUSDT").json().get("data");
    JsonNode tickers = api.get("/data/tickers?pair=BTCUSDT").json().get("data");
    JsonNode bookTickers = api.get("/data/book-ticker?pair=BTCUSDT&limit=1").json();
    JsonNode liquidations = api.get("/data/liquidations?pair=BTCUSDT").json().get("data");

    assertThat(funding).hasSize(2);
    assertThat(funding.get(0).get("fundingRate").asText()).isEqualTo("0.00010000");
    assertThat(markPrice.get(0).get("markPrice").asText()).isEqualTo("64991.12345678");
    assertThat(tickers).extracting(t -> t.get("kind").asText()).containsExactly("full", "mini");
    assertThat(bookTickers.get("data").get(0).get("updateId").asLong()).isEqualTo(11);
    String next = bookTickers.get("nextCursor").asText();
    JsonNode second = api.get("/data/book-ticker?pair=BTCUSDT&limit=1&cursor=" + next).json();
    assertThat(second.get("data").get(0).get("updateId").asLong()).isEqualTo(12);
    assertThat(second.get("nextCursor").isNull()).isTrue();
    assertThat(liquidations).extracting(l -> l.get("side").asText()).containsExactly("BUY", "SELL");
  }

  @Test
  void everyBadParameterIsA400ProblemNamingIt() {
    String cursor =
        api.get("/data/trades?pair=ETHUSDT&limit=1").json().get("nextCursor").asText("x");
    Map<String, String> cases = new TreeMap<>();
    cases.put("/data/trades?pair=DOGEUSDT&limit=0", "limit");
    cases.put("/data/trades?pair=btc-usdt", "pair");
    cases.put("/data/trades", "pair");
    cases.put("/data/trades?pair=BTCUSDT&start=2024-05-02&end=2024-05-01", "start");
    cases.put("/data/trades?pair=BTCUSDT&start=yesterday", "start");
    cases.put("/data/trades?pair=BTCUSDT&limit=5000", "limit");
    cases.put("/data/trades?pair=BTCUSDT&limit=ten", "limit");
    cases.put("/data/trades?pair=BTCUSDT&cursor=not-a-cursor", "cursor");
    cases.put("/data/trades?pair=BTCUSDT&cursor=" + cursor, "cursor");
    cases.put("/data/trades?pair=BTCUSDT&order=up", "order");
    cases.put("/data/trades?pair=BTCUSDT&type=bogus", "type");
    cases.put("/data/trades?pair=BTCUSDT&limt=5", "limt");
    cases.put("/data/candles?pair=BTCUSDT&period=2m", "period");
    cases.put("/data/candles?pair=BTCUSDT", "period");
    cases.put("/data/depth?pair=BTCUSDT&at=2024-05-01&order=asc", "order");

    cases.forEach(
        (request, parameter) -> {
          Answer answer = api.get(request);
          assertThat(answer.status()).as(request).isEqualTo(400);
          assertThat(answer.contentType()).as(request).startsWith("application/problem+json");
          JsonNode problem = answer.json();
          assertThat(problem.get("status").asInt()).isEqualTo(400);
          assertThat(problem.get("title").asText()).isEqualTo("Bad Request");
          assertThat(problem.get("invalid-params").get(0).get("name").asText())
              .as(request)
              .isEqualTo(parameter);
          assertThat(problem.get("detail").asText()).as(request).isNotBlank();
          assertThat(answer.body()).doesNotContain("Exception", "\tat ", "java.");
        });
  }

  private List<Long> pageAll(String first, String idField) {
    List<Long> ids = new ArrayList<>();
    Set<String> cursors = new HashSet<>();
    String cursor = null;
    for (int pages = 0; pages < 1000; pages++) {
      Answer answer = api.get(first + cursorParam(cursor));
      assertThat(answer.status()).as(answer.body()).isEqualTo(200);
      JsonNode body = answer.json();
      body.get("data").forEach(record -> ids.add(record.get(idField).asLong()));
      if (body.get("nextCursor").isNull()) {
        return ids;
      }
      cursor = body.get("nextCursor").asText();
      assertThat(cursors.add(cursor)).as("cursor repeats").isTrue();
    }
    throw new AssertionError("paging did not end");
  }

  private List<String> opens(String request) {
    List<String> opens = new ArrayList<>();
    api.get(request).json().get("data").forEach(c -> opens.add(c.get("openTime").asText()));
    return opens;
  }

  private static String cursorParam(String cursor) {
    return cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8);
  }
}
