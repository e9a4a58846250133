package com.mdm.adapter.out.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mdm.domain.market.Candle;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.port.out.ExchangeException;
import com.mdm.domain.port.out.HistoryCursor;
import com.mdm.domain.port.out.HistoryPage;
import com.mdm.testsupport.BinanceFault;
import com.mdm.testsupport.BinanceRestStub;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client against a Binance stand-in playing faults: rate limits, bans, errors, timeouts. */
class BinanceFaultsIT {

  private static final Symbol BTC = Symbol.of("BTCUSDT");
  private static final Instant DAY = Instant.parse("2024-01-01T00:00:00Z");

  private final StubbedBinance binance = StubbedBinance.start();

  @AfterEach
  void stop() {
    binance.close();
  }

  @Test
  void givenA429WithRetryAfter_whenFetching_thenTheClientWaitsThatLongAndSucceeds() {
    binance.stub.failNext(
        BinanceFault.status(
            429, BinanceRestStub.error(-1003, "Too many requests."), Map.of("Retry-After", "1")));
    long started = System.nanoTime();

    HistoryPage<Candle> page =
        binance.client.candles(BTC, Timeframe.HOUR_1, HistoryCursor.at(DAY), DAY.plusSeconds(7200));

    assertThat(page.records()).hasSize(2);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(950));
    assertThat(binance.stub.requests())
        .extracting(BinanceRestStub.Request::status)
        .containsExactly(429, 200);
  }

  @Test
  void givenAShort418Ban_whenFetching_thenNoRequestGoesOutUntilItEnds() {
    binance.stub.failNext(
        BinanceFault.status(
            418,
            BinanceRestStub.error(-1003, "Way too many requests; IP banned."),
            Map.of("Retry-After", "1")));
    long started = System.nanoTime();

    binance.client.fundingRates(BTC, HistoryCursor.at(DAY), DAY.plus(Duration.ofDays(1)));

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(950));
    assertThat(binance.stub.requests())
        .extracting(BinanceRestStub.Request::status)
        .containsExactly(418, 200);
  }

  @Test
  void givenALong418Ban_whenFetching_thenEveryCallFailsAtOnceRetryablyUntilTheBanEnds() {
    long until = System.currentTimeMillis() + Duration.ofHours(2).toMillis();
    binance.stub.failNext(
        BinanceFault.status(
            418,
            BinanceRestStub.error(-1003, "Way too many requests; IP banned until " + until + "."),
            Map.of()));

    assertThatThrownBy(
            () ->
                binance.client.candles(
                    BTC, Timeframe.HOUR_1, HistoryCursor.at(DAY), DAY.plusSeconds(7200)))
        .isInstanceOfSatisfying(
            ExchangeException.class,
            e -> {
              assertThat(e.retryable()).isTrue();
              assertThat(e.httpStatus()).isEqualTo(418);
              assertThat(e.retryAt()).isEqualTo(Instant.ofEpochMilli(until));
            });
    assertThatThrownBy(
            () -> binance.client.fundingRates(BTC, HistoryCursor.at(DAY), DAY.plusSeconds(60)))
        .isInstanceOf(ExchangeException.class)
        .hasMessageContaining("banned");
    assertThat(binance.stub.requests()).hasSize(1);
  }

  @Test
  void givenServerErrorsAndATimeout_whenFetching_thenTheyAreRetriedWithBackoffAndSucceed() {
    binance.stub.failNext(BinanceFault.status(503, "", Map.of()));
    binance.stub.failNext(BinanceFault.slow(Duration.ofMillis(1500)));

    HistoryPage<Candle> page =
        binance.client.candles(BTC, Timeframe.HOUR_1, HistoryCursor.at(DAY), DAY.plusSeconds(7200));

    assertThat(page.records()).hasSize(2);
    assertThat(binance.stub.requests())
        .extracting(BinanceRestStub.Request::status)
        .contains(503, 200);
  }

  @Test
  void givenServerErrorsThatPersist_whenFetching_thenItFailsRetryablyAfterTheLastAttempt() {
    for (int i = 0; i < 3; i++) {
      binance.stub.failNext(BinanceFault.status(502, "<html>Bad Gateway</html>", Map.of()));
    }

    assertThatThrownBy(
            () ->
                binance.client.candles(
                    BTC, Timeframe.HOUR_1, HistoryCursor.at(DAY), DAY.plusSeconds(7200)))
        .isInstanceOfSatisfying(ExchangeException.class, e -> assertThat(e.retryable()).isTrue())
        .hasMessageContaining("failed 3 times")
        .hasMessageContaining("HTTP 502");
    assertThat(binance.stub.requests()).hasSize(3);
  }

  @Test
  void givenAnInvalidSymbol_whenFetching_thenItFailsAtOnceWithBinancesCodeAndMessage() {
    binance.stub.invalidSymbol("NOPEUSDT");

    assertThatThrownBy(
            () ->
                binance.client.candles(
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
    assertThat(binance.stub.requests()).hasSize(1);
  }
}
