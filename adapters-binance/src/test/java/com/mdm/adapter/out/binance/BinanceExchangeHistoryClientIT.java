package com.mdm.adapter.out.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.Candle;
import com.mdm.domain.market.FundingRate;
import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.port.out.ExchangeException;
import com.mdm.domain.port.out.HistoryCursor;
import com.mdm.domain.port.out.HistoryPage;
import com.mdm.testsupport.BinanceFault;
import com.mdm.testsupport.BinanceRestStub;
import com.mdm.testsupport.Fixtures;
import com.mdm.testsupport.StubMarket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client against a Binance stand-in on 127.0.0.1: paging, weights, faults, errors. */
class BinanceExchangeHistoryClientIT {

  private static final Symbol BTC = Symbol.of("BTCUSDT");
  private static final Instant DAY = Instant.parse("2024-01-01T00:00:00Z");

  private BinanceRestStub stub;
  private BinanceExchangeHistoryClient client;

  @AfterEach
  void stop() {
    if (client != null) {
      client.close();
    }
    if (stub != null) {
      stub.close();
    }
  }

  private void start(int budget, double margin, Duration window, int klinesPage, int tradesPage) {
    stub = BinanceRestStub.start(budget, window);
    client =
        new BinanceExchangeHistoryClient(
            BinanceRestSettings.defaults(stub.baseUrl())
                .withWeightBudget(budget, margin, window)
                .withRetries(
                    Duration.ofMillis(400),
                    3,
                    Duration.ofMillis(20),
                    Duration.ofMillis(100),
                    Duration.ofSeconds(5))
                .withPageSizes(klinesPage, tradesPage, 7));
  }

  private void start() {
    start(2400, 0.1, Duration.ofMinutes(1), 500, 100);
  }

  private static <T extends MarketEvent> List<T> walk(
      HistoryCursor start, Function<HistoryCursor, HistoryPage<T>> fetch) {
    List<T> all = new ArrayList<>();
    HistoryCursor cursor = start;
    while (cursor != null) {
      HistoryPage<T> page = fetch.apply(cursor);
      all.addAll(page.records());
      cursor = page.next();
    }
    return all;
  }

  @Test
  void givenARecordedKlinesBody_whenFetched_thenItIsOneExhaustedPageOfClosedCandles() {
    start();
    stub.record(
        "/fapi/v1/klines",
        "BTCUSDT",
        Fixtures.rest("fapi_v1_klines/BTCUSDT_1h_1718654400000.json"));

    HistoryPage<Candle> page =
        client.candles(
            BTC,
            Timeframe.HOUR_1,
            HistoryCursor.at(Instant.ofEpochMilli(1718654400000L)),
            Instant.ofEpochMilli(1718668800000L));

    assertThat(page.records()).hasSize(4).allMatch(Candle::closed);
    assertThat(page.exhausted()).isTrue();
    assertThat(stub.requests().getFirst().query())
        .containsEntry("symbol", "BTCUSDT")
        .containsEntry("interval", "1h")
        .containsEntry("startTime", "1718654400000")
        .containsEntry("endTime", "1718668799999")
        .containsEntry("limit", "500");
  }

  @Test
  void givenTwoDaysOfMinutes_whenPagedByOpenTime_thenEveryCandleComesOnceInOrder() {
    start();

    List<Candle> candles =
        walk(
            HistoryCursor.at(DAY),
            cursor ->
                client.candles(BTC, Timeframe.MINUTE_1, cursor, DAY.plus(Duration.ofDays(2))));

    assertThat(candles).hasSize(2880);
    assertThat(candles)
        .extracting(Candle::openTime)
        .containsExactlyElementsOf(
            LongStream.range(0, 2880).mapToObj(i -> DAY.plusSeconds(60 * i)).toList());
    assertThat(stub.requests()).hasSize(6).allMatch(r -> r.weight() == 5);
  }

  @Test
  void givenATradeRange_whenPaged_thenTheFirstIdComesFromAnHourWindowAndTheRestByFromId() {
    start();
    Instant from = StubMarket.TAPE_START.plus(Duration.ofMinutes(10));
    Instant end = from.plus(Duration.ofMinutes(3));

    List<AggregateTrade> trades =
        walk(HistoryCursor.at(from), cursor -> client.aggregateTrades(BTC, cursor, end));

    assertThat(trades).hasSize(720);
    assertThat(trades.getFirst().tradeTime()).isEqualTo(from);
    assertThat(trades.getLast().tradeTime()).isBefore(end);
    assertThat(trades)
        .extracting(AggregateTrade::aggregateTradeId)
        .containsExactlyElementsOf(
            LongStream.range(0, 720)
                .map(i -> trades.getFirst().aggregateTradeId() + i)
                .boxed()
                .toList());
    List<BinanceRestStub.Request> requests = stub.requests();
    assertThat(requests.getFirst().query()).containsKeys("startTime", "endTime");
    long window =
        Long.parseLong(requests.getFirst().query().get("endTime"))
            - Long.parseLong(requests.getFirst().query().get("startTime"));
    assertThat(window).isLessThan(Duration.ofHours(1).toMillis());
    assertThat(requests.subList(1, requests.size()))
        .allMatch(r -> r.query().containsKey("fromId") && !r.query().containsKey("startTime"));
  }

  @Test
  void givenARangeStartingHoursBeforeTheFirstTrade_whenPaged_thenEmptyWindowsMoveTheSearchOn() {
    start();
    Instant from = StubMarket.TAPE_START.minus(Duration.ofHours(3));
    Instant end = StubMarket.TAPE_START.plusSeconds(10);

    List<AggregateTrade> trades =
        walk(HistoryCursor.at(from), cursor -> client.aggregateTrades(BTC, cursor, end));

    assertThat(trades).hasSize(40);
    assertThat(trades.getFirst().aggregateTradeId()).isEqualTo(StubMarket.FIRST_TRADE_ID);
    assertThat(stub.requests()).hasSize(4);
  }

  @Test
  void givenTenDaysOfFunding_whenPagedByTime_thenEveryRateComesOnce() {
    start();

    List<FundingRate> rates =
        walk(
            HistoryCursor.at(DAY),
            cursor -> client.fundingRates(BTC, cursor, DAY.plus(Duration.ofDays(10))));

    assertThat(rates).hasSize(30).extracting(FundingRate::fundingTime).doesNotHaveDuplicates();
    assertThat(stub.requests()).hasSize(5);
  }

  @Test
  void givenOtherClientsUseTheIp_whenManyPagesAreFetched_thenTheWeightNeverPassesTheBudget() {
    // 40 per second, 25 % kept free; others take 15 at the start of every second
    start(40, 0.25, Duration.ofSeconds(1), 100, 100);
    stub.otherClientsUse(15);

    List<Candle> candles =
        walk(
            HistoryCursor.at(DAY),
            cursor ->
                client.candles(
                    BTC, Timeframe.MINUTE_1, cursor, DAY.plus(Duration.ofMinutes(3000))));

    assertThat(candles).hasSize(3000);
    assertThat(stub.requests()).hasSize(30).allMatch(r -> r.status() == 200);
    assertThat(stub.rejectedOverBudget()).isZero();
    assertThat(stub.maxUsedWeight()).isLessThanOrEqualTo(40);
  }

  @Test
  void givenA429WithRetryAfter_whenFetching_thenTheClientWaitsThatLongAndSucceeds() {
    start();
    stub.failNext(
        BinanceFault.status(
            429, BinanceRestStub.error(-1003, "Too many requests."), Map.of("Retry-After", "1")));
    long started = System.nanoTime();

    HistoryPage<Candle> page =
        client.candles(BTC, Timeframe.HOUR_1, HistoryCursor.at(DAY), DAY.plusSeconds(7200));

    assertThat(page.records()).hasSize(2);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(950));
    assertThat(stub.requests())
        .extracting(BinanceRestStub.Request::status)
        .containsExactly(429, 200);
  }

  @Test
  void givenAShort418Ban_whenFetching_thenNoRequestGoesOutUntilItEnds() {
    start();
    stub.failNext(
        BinanceFault.status(
            418,
            BinanceRestStub.error(-1003, "Way too many requests; IP banned."),
            Map.of("Retry-After", "1")));
    long started = System.nanoTime();

    client.fundingRates(BTC, HistoryCursor.at(DAY), DAY.plus(Duration.ofDays(1)));

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(950));
    assertThat(stub.requests())
        .extracting(BinanceRestStub.Request::status)
        .containsExactly(418, 200);
  }

  @Test
  void givenALong418Ban_whenFetching_thenEveryCallFailsAtOnceRetryablyUntilTheBanEnds() {
    start();
    long until = System.currentTimeMillis() + Duration.ofHours(2).toMillis();
    stub.failNext(
        BinanceFault.status(
            418,
            BinanceRestStub.error(-1003, "Way too many requests; IP banned until " + until + "."),
            Map.of()));

    assertThatThrownBy(
            () ->
                client.candles(BTC, Timeframe.HOUR_1, HistoryCursor.at(DAY), DAY.plusSeconds(7200)))
        .isInstanceOfSatisfying(
            ExchangeException.class,
            e -> {
              assertThat(e.retryable()).isTrue();
              assertThat(e.httpStatus()).isEqualTo(418);
              assertThat(e.retryAt()).isEqualTo(Instant.ofEpochMilli(until));
            });
    assertThatThrownBy(() -> client.fundingRates(BTC, HistoryCursor.at(DAY), DAY.plusSeconds(60)))
        .isInstanceOf(ExchangeException.class)
        .hasMessageContaining("banned");
    assertThat(stub.requests()).hasSize(1);
  }

  @Test
  void givenServerErrorsAndATimeout_whenFetching_thenTheyAreRetriedWithBackoffAndSucceed() {
    start();
    stub.failNext(BinanceFault.status(503, "", Map.of()));
    stub.failNext(BinanceFault.slow(Duration.ofMillis(1500)));

    HistoryPage<Candle> page =
        client.candles(BTC, Timeframe.HOUR_1, HistoryCursor.at(DAY), DAY.plusSeconds(7200));

    assertThat(page.records()).hasSize(2);
    assertThat(stub.requests()).extracting(BinanceRestStub.Request::status).contains(503, 200);
  }

  @Test
  void givenServerErrorsThatPersist_whenFetching_thenItFailsRetryablyAfterTheLastAttempt() {
    start();
    for (int i = 0; i < 3; i++) {
      stub.failNext(BinanceFault.status(502, "<html>Bad Gateway</html>", Map.of()));
    }

    assertThatThrownBy(
            () ->
                client.candles(BTC, Timeframe.HOUR_1, HistoryCursor.at(DAY), DAY.plusSeconds(7200)))
        .isInstanceOfSatisfying(ExchangeException.class, e -> assertThat(e.retryable()).isTrue())
        .hasMessageContaining("failed 3 times")
        .hasMessageContaining("HTTP 502");
    assertThat(stub.requests()).hasSize(3);
  }

  @Test
  void givenAnInvalidSymbol_whenFetching_thenItFailsAtOnceWithBinancesCodeAndMessage() {
    start();
    stub.invalidSymbol("NOPEUSDT");

    assertThatThrownBy(
            () ->
                client.candles(
                    Symbol.of("NOPEUSDT"),
                    Timeframe.HOUR_1,
                    HistoryCursor.at(DAY),
                    DAY.plusSeconds(7200)))
        .isInstanceOfSatisfying(
            ExchangeException.class,
            e -> {
              assertThat(e.retryable()).isFalse();
              assertThat(e.exchangeCode()).isEqualTo(-1121);
              assertThat(e.httpStatus()).isEqualTo(400);
            })
        .hasMessageContaining("Invalid symbol. (code -1121)")
        .hasMessageContaining("symbol=NOPEUSDT");
    assertThat(stub.requests()).hasSize(1);
  }
}
