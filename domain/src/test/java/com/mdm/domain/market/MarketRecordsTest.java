package com.mdm.domain.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarketRecordsTest {

  private static final Symbol BTC = Symbol.of("BTCUSDT");
  private static final Instant T = Instant.parse("2024-05-01T12:00:00Z");

  @Test
  void aTradeKeepsItsDecimalsExactlyAndBelongsToTheTradesSeries() {
    Trade trade =
        new Trade(
            BTC, 42, new BigDecimal("64990.90"), new BigDecimal("0.001"), true, "MARKET", T, T, T);

    assertThat(trade.price().toPlainString()).isEqualTo("64990.90");
    assertThat(trade.seriesKey().collectionName()).isEqualTo("trades_BTCUSDT");
    assertThat(trade.seriesKey().datasetId()).isEqualTo("trades_BTCUSDT");
  }

  @Test
  void aggregateTradesShareTheTradesCollectionButNotTheDatasetId() {
    AggregateTrade agg =
        new AggregateTrade(BTC, 7, BigDecimal.ONE, BigDecimal.ONE, 10, 12, false, T, T, T);

    assertThat(agg.seriesKey().collectionName()).isEqualTo("trades_BTCUSDT");
    assertThat(agg.seriesKey().datasetId()).isEqualTo("agg_trades_BTCUSDT");
  }

  @Test
  void rejectsNonPositivePricesNamingTheField() {
    assertThatThrownBy(
            () -> new Trade(BTC, 1, new BigDecimal("-1"), BigDecimal.ONE, true, null, T, T, T))
        .hasMessage("price must be > 0 but was -1");
    assertThatThrownBy(
            () -> new AggregateTrade(BTC, 1, BigDecimal.ONE, BigDecimal.ONE, 5, 4, true, T, T, T))
        .hasMessageContaining("lastTradeId 4 must be >= firstTradeId 5");
  }

  @Test
  void aCandleWithHighBelowLowIsRejected() {
    assertThatThrownBy(() -> candle("10", "9", "11", "10")).hasMessage("high 9 must be >= low 11");
  }

  @Test
  void aCandleIsKeyedByItsTimeframeSeriesAndOpenTime() {
    Candle candle = candle("10", "12", "9", "11");

    assertThat(candle.seriesKey().collectionName()).isEqualTo("candles_BTCUSDT_1m");
    assertThat(candle.seriesTime()).isEqualTo(T);
    assertThat(candle.ohlc().isConsistent()).isTrue();
    assertThat(candle("13", "12", "9", "11").ohlc().isConsistent()).isFalse();
  }

  @Test
  void aMarkPriceCandleHasASeriesOfItsOwnPerTimeframe() {
    MarkPriceCandle candle =
        new MarkPriceCandle(
            BTC,
            Timeframe.HOUR_1,
            T,
            T.plusSeconds(3600).minusMillis(1),
            new Ohlc(
                new BigDecimal("64990.90"),
                new BigDecimal("65001.00"),
                new BigDecimal("64980.10"),
                new BigDecimal("64995.00")),
            true,
            T.plusSeconds(3600),
            T.plusSeconds(3601));

    assertThat(candle.seriesKey().collectionName()).isEqualTo("mark_price_candles_BTCUSDT_1h");
    assertThat(candle.seriesKey()).isEqualTo(SeriesKey.markPriceCandles(BTC, Timeframe.HOUR_1));
    assertThat(candle.seriesTime()).isEqualTo(T);
    assertThatThrownBy(() -> new SeriesKey(SeriesType.MARK_PRICE_CANDLES, BTC, null))
        .hasMessageContaining("timeframe is required");
  }

  @Test
  void depthLevelsAreCopiedAndTheUpdateIdsOrdered() {
    List<PriceLevel> bids =
        new java.util.ArrayList<>(List.of(new PriceLevel(BigDecimal.TEN, BigDecimal.ZERO)));
    OrderBookDepth depth =
        new OrderBookDepth(BTC, DepthKind.DIFF, 5, 9, 4L, bids, List.of(), T, T, T);
    bids.clear();

    assertThat(depth.bids()).hasSize(1);
    assertThatThrownBy(
            () -> new OrderBookDepth(BTC, DepthKind.DIFF, 9, 5, 4L, List.of(), List.of(), T, T, T))
        .hasMessageContaining("finalUpdateId 5 must be >= firstUpdateId 9");
  }

  @Test
  void seriesKeysRequireATimeframeOnlyForCandles() {
    assertThatThrownBy(() -> new SeriesKey(SeriesType.CANDLES, BTC, null))
        .hasMessageContaining("timeframe is required");
    assertThatThrownBy(() -> new SeriesKey(SeriesType.TRADES, BTC, Timeframe.HOUR_1))
        .hasMessageContaining("timeframe is not allowed");
  }

  @Test
  void decimalsOfMoreThan34SignificantDigitsAreRejectedNamingTheField() {
    BigDecimal digits34 = new BigDecimal("1.234567890123456789012345678901234");
    BigDecimal digits35 = new BigDecimal("1.2345678901234567890123456789012345");

    assertThat(new Trade(BTC, 1, digits34, BigDecimal.ONE, true, null, T, T, T).price())
        .isEqualTo(digits34);
    assertThatThrownBy(() -> new Trade(BTC, 1, BigDecimal.ONE, digits35, true, null, T, T, T))
        .hasMessage("quantity must have at most 34 significant digits but has 35: " + digits35);
    assertThatThrownBy(() -> new FundingRate(BTC, T, digits35.negate(), null, T, T))
        .hasMessageStartingWith("fundingRate must have at most 34 significant digits");
  }

  @Test
  void timesBeforeTheEpochAreRejected() {
    Instant before = Instant.parse("1969-12-31T23:59:59Z");
    assertThatThrownBy(
            () -> new Trade(BTC, 1, BigDecimal.ONE, BigDecimal.ONE, true, null, before, T, T))
        .hasMessageContaining("tradeTime must not be before 1970");
  }

  private static Candle candle(String open, String high, String low, String close) {
    return new Candle(
        BTC,
        Timeframe.MINUTE_1,
        T,
        T.plusSeconds(60).minusMillis(1),
        new Ohlc(
            new BigDecimal(open), new BigDecimal(high), new BigDecimal(low), new BigDecimal(close)),
        BigDecimal.ONE,
        BigDecimal.TEN,
        3,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        false,
        T,
        T);
  }
}
