package com.mdm.testsupport.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.Candle;
import com.mdm.domain.market.FundingRate;
import com.mdm.domain.market.MarkPriceCandle;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.BackfillDataType;
import com.mdm.domain.port.out.ExchangeHistoryClient;
import com.mdm.domain.port.out.HistoryCursor;
import com.mdm.testsupport.StubMarket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ExchangeHistoryClient} must do, against an exchange holding the market {@link
 * StubMarket} lays out: pages that together hold every record of {@code [from, end)} once, in
 * order, of the symbol asked for; a range with nothing left in it is one exhausted page.
 */
public abstract class ExchangeHistoryClientContract {

  protected static final Symbol BTC = Symbol.of("BTCUSDT");
  protected static final Instant DAY = Instant.parse("2024-01-01T00:00:00Z");

  /** The client to prove, on an exchange of its own for this test. */
  protected abstract ExchangeHistoryClient client();

  @Test
  void givenTwoDaysOfMinutes_whenPagedByOpenTime_thenEveryCandleComesOnceInOrder() {
    ExchangeHistoryClient client = client();

    List<Candle> candles =
        HistoryWalk.all(
            HistoryCursor.at(DAY),
            cursor ->
                client.candles(BTC, Timeframe.MINUTE_1, cursor, DAY.plus(Duration.ofDays(2))));

    assertThat(candles)
        .extracting(Candle::openTime)
        .containsExactlyElementsOf(
            LongStream.range(0, 2880).mapToObj(i -> DAY.plusSeconds(60 * i)).toList());
    assertThat(candles)
        .allMatch(c -> c.symbol().equals(BTC) && c.timeframe() == Timeframe.MINUTE_1)
        .allMatch(Candle::closed);
  }

  @Test
  void givenADayOfHourlyMarkPrices_whenPagedByOpenTime_thenEveryCandleComesOnceInOrder() {
    ExchangeHistoryClient client = client();

    List<MarkPriceCandle> candles =
        HistoryWalk.all(
            HistoryCursor.at(DAY),
            cursor ->
                client.markPriceCandles(BTC, Timeframe.HOUR_1, cursor, DAY.plusSeconds(86_400)));

    assertThat(candles)
        .extracting(MarkPriceCandle::openTime)
        .containsExactlyElementsOf(
            LongStream.range(0, 24).mapToObj(i -> DAY.plusSeconds(3600 * i)).toList());
  }

  @Test
  void givenTenDaysOfFunding_whenPagedByTime_thenEveryRateComesOnceInOrder() {
    ExchangeHistoryClient client = client();
    Instant end = DAY.plus(Duration.ofDays(10));

    List<FundingRate> rates =
        HistoryWalk.all(HistoryCursor.at(DAY), cursor -> client.fundingRates(BTC, cursor, end));

    assertThat(rates).hasSize(30).extracting(FundingRate::fundingTime).isSorted();
    assertThat(rates).extracting(FundingRate::fundingTime).doesNotHaveDuplicates();
    assertThat(rates)
        .allMatch(r -> !r.fundingTime().isBefore(DAY) && r.fundingTime().isBefore(end));
  }

  @Test
  void givenATradeRange_whenPaged_thenEveryTradeInItComesOnceInIdOrder() {
    ExchangeHistoryClient client = client();
    Instant from = StubMarket.TAPE_START.plus(Duration.ofMinutes(10));
    Instant end = from.plus(Duration.ofMinutes(3));

    List<AggregateTrade> trades =
        HistoryWalk.all(HistoryCursor.at(from), cursor -> client.aggregateTrades(BTC, cursor, end));

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
  }

  @Test
  void givenARangeStartingHoursBeforeTheFirstTrade_whenPaged_thenTheTradesStartWithTheFirst() {
    ExchangeHistoryClient client = client();
    Instant from = StubMarket.TAPE_START.minus(Duration.ofHours(3));
    Instant end = StubMarket.TAPE_START.plusSeconds(10);

    List<AggregateTrade> trades =
        HistoryWalk.all(HistoryCursor.at(from), cursor -> client.aggregateTrades(BTC, cursor, end));

    assertThat(trades).hasSize(40);
    assertThat(trades.getFirst().aggregateTradeId()).isEqualTo(StubMarket.FIRST_TRADE_ID);
  }

  @Test
  void givenAnEmptyRange_whenFetched_thenItIsOneExhaustedPageOfNothing() {
    ExchangeHistoryClient client = client();
    HistoryCursor at = HistoryCursor.at(DAY);

    assertThat(
            List.of(
                client.candles(BTC, Timeframe.HOUR_1, at, DAY),
                client.markPriceCandles(BTC, Timeframe.HOUR_1, at, DAY),
                client.fundingRates(BTC, at, DAY),
                client.aggregateTrades(BTC, at, DAY)))
        .allSatisfy(
            page -> {
              assertThat(page.records()).isEmpty();
              assertThat(page.exhausted()).isTrue();
            });
  }

  @Test
  void givenEveryDataType_whenItsEndpointIsAsked_thenTheSourceAndTheEndpointAreNamed() {
    ExchangeHistoryClient client = client();

    assertThat(client.source()).isNotBlank();
    for (BackfillDataType type : BackfillDataType.values()) {
      assertThat(client.endpoint(type)).as(type.name()).isNotBlank();
    }
  }
}
