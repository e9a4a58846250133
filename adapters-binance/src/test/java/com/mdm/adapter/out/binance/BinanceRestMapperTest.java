package com.mdm.adapter.out.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.Candle;
import com.mdm.domain.market.FundingRate;
import com.mdm.domain.market.MarkPriceCandle;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.testsupport.Fixtures;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Recorded Binance bodies (and generated ones in the documented shape) mapped to domain records.
 */
class BinanceRestMapperTest {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final Symbol BTC = Symbol.of("BTCUSDT");
  private static final Instant LONG_AFTER = Instant.parse("2025-01-01T00:00:00Z");

  private static JsonNode rest(String file) throws Exception {
    return JSON.readTree(Fixtures.rest(file));
  }

  @Test
  void givenRecordedHourlyKlines_whenMappedLongAfter_thenEveryCandleIsClosedWithExactDecimals()
      throws Exception {
    List<Candle> candles =
        BinanceRestMapper.candles(
            rest("fapi_v1_klines/BTCUSDT_1h_1718654400000.json"),
            BTC,
            Timeframe.HOUR_1,
            LONG_AFTER);

    assertThat(candles)
        .hasSize(4)
        .allMatch(Candle::closed)
        .allMatch(candle -> candle.ohlc().isConsistent());
    Candle first = candles.getFirst();
    assertThat(first.openTime()).isEqualTo(Instant.ofEpochMilli(1718654400000L));
    assertThat(first.closeTime()).isEqualTo(Instant.ofEpochMilli(1718657999999L));
    assertThat(first.open()).isEqualTo(new BigDecimal("66661.40"));
    assertThat(first.high()).isEqualTo(new BigDecimal("66746.20"));
    assertThat(first.low()).isEqualTo(new BigDecimal("66122.30"));
    assertThat(first.close()).isEqualTo(new BigDecimal("66376.00"));
    assertThat(first.volume()).isEqualTo(new BigDecimal("14150.996"));
    assertThat(first.quoteVolume()).isEqualTo(new BigDecimal("939449103.58380"));
    assertThat(first.tradeCount()).isEqualTo(155369);
    assertThat(first.takerBuyBaseVolume()).isEqualTo(new BigDecimal("7106.240"));
    assertThat(first.takerBuyQuoteVolume()).isEqualTo(new BigDecimal("471742093.14380"));
    assertThat(first.eventTime()).isEqualTo(Instant.ofEpochMilli(1718658000000L));
    assertThat(first.receivedAt()).isEqualTo(LONG_AFTER);
  }

  @Test
  void givenAKlineStillForming_whenMapped_thenItIsOpenWithTheFetchTimeAsEventTime()
      throws Exception {
    Instant midHour = Instant.ofEpochMilli(1718665200000L + 1_800_000);

    List<Candle> candles =
        BinanceRestMapper.candles(
            rest("fapi_v1_klines/BTCUSDT_1h_1718654400000.json"), BTC, Timeframe.HOUR_1, midHour);

    assertThat(candles.subList(0, 3)).allMatch(Candle::closed);
    assertThat(candles.getLast().closed()).isFalse();
    assertThat(candles.getLast().eventTime()).isEqualTo(midHour);
  }

  @Test
  void givenRecordedMinuteKlines_whenMappedAsMarkPriceKlines_thenOnlyPricesAreKept()
      throws Exception {
    List<MarkPriceCandle> candles =
        BinanceRestMapper.markPriceCandles(
            rest("fapi_v1_klines/BTCUSDT_1m_1712738460000_TESTNET_SUSPECTED.json"),
            BTC,
            Timeframe.MINUTE_1,
            LONG_AFTER);

    assertThat(candles).hasSize(3);
    assertThat(candles.get(1).high()).isEqualTo(new BigDecimal("71471.00"));
    assertThat(candles.get(1).low()).isEqualTo(new BigDecimal("70459.40"));
    assertThat(candles.get(1).seriesKey().collectionName())
        .isEqualTo("mark_price_candles_BTCUSDT_1m");
  }

  @Test
  void givenRecordedFundingRates_whenMappedForOneSymbol_thenTheSettledRateIsKeyedByFundingTime()
      throws Exception {
    JsonNode all = rest("fapi_v1_fundingRate/all_symbols_1781078400011_excerpt.json");
    JsonNode vic = JSON.createArrayNode().add(all.get(7));

    List<FundingRate> rates = BinanceRestMapper.fundingRates(vic, Symbol.of("VICUSDT"), LONG_AFTER);

    assertThat(rates)
        .containsExactly(
            new FundingRate(
                Symbol.of("VICUSDT"),
                Instant.ofEpochMilli(1781078400011L),
                new BigDecimal("-0.00007543"),
                new BigDecimal("0.03595420"),
                Instant.ofEpochMilli(1781078400011L),
                LONG_AFTER));
  }

  @Test
  void givenFundingRowsOfAnotherSymbol_whenMapped_thenThePageIsRefusedNamingTheRow()
      throws Exception {
    JsonNode all = rest("fapi_v1_fundingRate/all_symbols_1781078400011_excerpt.json");

    assertThatThrownBy(() -> BinanceRestMapper.fundingRates(all, Symbol.of("VICUSDT"), LONG_AFTER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 0")
        .hasMessageContaining("USUALUSDT");
  }

  @Test
  void givenAggregateTradeRowsInTheDocumentedShape_whenMapped_thenTheTradeTimeIsTheEventTime()
      throws Exception {
    JsonNode rows =
        JSON.readTree(
            "[{\"a\":26129,\"p\":\"61800.30\",\"q\":\"0.006\",\"f\":27781,\"l\":27783,"
                + "\"T\":1718654400123,\"m\":true}]");

    List<AggregateTrade> trades = BinanceRestMapper.aggregateTrades(rows, BTC, LONG_AFTER);

    assertThat(trades)
        .containsExactly(
            new AggregateTrade(
                BTC,
                26129,
                new BigDecimal("61800.30"),
                new BigDecimal("0.006"),
                27781,
                27783,
                true,
                Instant.ofEpochMilli(1718654400123L),
                Instant.ofEpochMilli(1718654400123L),
                LONG_AFTER));
  }

  @Test
  void givenARowThatBreaksTheDomainRules_whenMapped_thenTheErrorNamesRowAndField()
      throws Exception {
    JsonNode rows =
        JSON.readTree(
            "[[1,\"1\",\"1\",\"1\",\"1\",\"0\",60000,\"0\",0,\"0\",\"0\",\"0\"],"
                + "[60000,\"abc\",\"1\",\"1\",\"1\",\"0\",119999,\"0\",0,\"0\",\"0\",\"0\"]]");

    assertThatThrownBy(() -> BinanceRestMapper.candles(rows, BTC, Timeframe.MINUTE_1, LONG_AFTER))
        .hasMessageContaining("row 1")
        .hasMessageContaining("open 'abc'");
  }

  @Test
  void givenAPriceOfMoreThan34SignificantDigits_whenMapped_thenThePageIsRefusedNamingTheField()
      throws Exception {
    JsonNode rows =
        JSON.readTree(
            "[{\"a\":26129,\"p\":\"61800.3000000000000000000000000000001\",\"q\":\"0.006\","
                + "\"f\":27781,\"l\":27783,\"T\":1718654400123,\"m\":true}]");

    assertThatThrownBy(() -> BinanceRestMapper.aggregateTrades(rows, BTC, LONG_AFTER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 0")
        .hasMessageContaining("price must have at most 34 significant digits");
  }
}
