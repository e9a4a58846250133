package com.mdm.adapter.out.binance;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.Candle;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.port.out.ExchangeHistoryClient;
import com.mdm.domain.port.out.HistoryCursor;
import com.mdm.domain.port.out.HistoryPage;
import com.mdm.testsupport.BinanceRestStub;
import com.mdm.testsupport.Fixtures;
import com.mdm.testsupport.StubMarket;
import com.mdm.testsupport.contract.ExchangeHistoryClientContract;
import com.mdm.testsupport.contract.HistoryWalk;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The history client contract against a Binance stand-in on 127.0.0.1, and the requests the client
 * sends for it: their queries, their weight, how many.
 */
class BinanceExchangeHistoryClientIT extends ExchangeHistoryClientContract {

  private StubbedBinance binance;

  @AfterEach
  void stop() {
    if (binance != null) {
      binance.close();
    }
  }

  @Override
  protected ExchangeHistoryClient client() {
    binance = StubbedBinance.start();
    return binance.client;
  }

  private List<BinanceRestStub.Request> requests() {
    return binance.stub.requests();
  }

  @Test
  void givenARecordedKlinesBody_whenFetched_thenItIsOneExhaustedPageOfClosedCandles() {
    client();
    binance.stub.record(
        "/fapi/v1/klines",
        "BTCUSDT",
        Fixtures.rest("fapi_v1_klines/BTCUSDT_1h_1718654400000.json"));

    HistoryPage<Candle> page =
        binance.client.candles(
            BTC,
            Timeframe.HOUR_1,
            HistoryCursor.at(Instant.ofEpochMilli(1718654400000L)),
            Instant.ofEpochMilli(1718668800000L));

    assertThat(page.records()).hasSize(4).allMatch(Candle::closed);
    assertThat(page.exhausted()).isTrue();
    assertThat(requests().getFirst().query())
        .containsEntry("symbol", "BTCUSDT")
        .containsEntry("interval", "1h")
        .containsEntry("startTime", "1718654400000")
        .containsEntry("endTime", "1718668799999")
        .containsEntry("limit", "500");
  }

  @Test
  void givenTwoDaysOfMinutes_whenPaged_thenSixRequestsOfWeightFiveGoOut() {
    ExchangeHistoryClient client = client();

    HistoryWalk.all(
        HistoryCursor.at(DAY),
        cursor -> client.candles(BTC, Timeframe.MINUTE_1, cursor, DAY.plus(Duration.ofDays(2))));

    assertThat(requests()).hasSize(6).allMatch(r -> r.weight() == 5);
  }

  @Test
  void givenATradeRange_whenPaged_thenTheFirstIdComesFromAnHourWindowAndTheRestByFromId() {
    ExchangeHistoryClient client = client();
    Instant from = StubMarket.TAPE_START.plus(Duration.ofMinutes(10));

    HistoryWalk.all(
        HistoryCursor.at(from),
        cursor -> client.aggregateTrades(BTC, cursor, from.plus(Duration.ofMinutes(3))));

    List<BinanceRestStub.Request> requests = requests();
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
    ExchangeHistoryClient client = client();
    Instant end = StubMarket.TAPE_START.plusSeconds(10);

    HistoryWalk.all(
        HistoryCursor.at(StubMarket.TAPE_START.minus(Duration.ofHours(3))),
        cursor -> client.aggregateTrades(BTC, cursor, end));

    assertThat(requests()).hasSize(4);
  }

  @Test
  void givenTenDaysOfFunding_whenPagedByTime_thenFiveRequestsGoOut() {
    ExchangeHistoryClient client = client();

    HistoryWalk.all(
        HistoryCursor.at(DAY),
        cursor -> client.fundingRates(BTC, cursor, DAY.plus(Duration.ofDays(10))));

    assertThat(requests()).hasSize(5);
  }

  @Test
  void givenOtherClientsUseTheIp_whenManyPagesAreFetched_thenTheWeightNeverPassesTheBudget() {
    // 40 per second, 25 % kept free; others take 15 at the start of every second
    binance = StubbedBinance.start(40, 0.25, Duration.ofSeconds(1), 100, 100);
    binance.stub.otherClientsUse(15);

    List<Candle> candles =
        HistoryWalk.all(
            HistoryCursor.at(DAY),
            cursor ->
                binance.client.candles(
                    BTC, Timeframe.MINUTE_1, cursor, DAY.plus(Duration.ofMinutes(3000))));

    assertThat(candles).hasSize(3000);
    assertThat(requests()).hasSize(30).allMatch(r -> r.status() == 200);
    assertThat(binance.stub.rejectedOverBudget()).isZero();
    assertThat(binance.stub.maxUsedWeight()).isLessThanOrEqualTo(40);
  }
}
