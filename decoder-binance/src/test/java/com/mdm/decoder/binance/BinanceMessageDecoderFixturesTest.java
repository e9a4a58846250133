package com.mdm.decoder.binance;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.BookTicker;
import com.mdm.domain.market.Candle;
import com.mdm.domain.market.DepthKind;
import com.mdm.domain.market.FundingRate;
import com.mdm.domain.market.Liquidation;
import com.mdm.domain.market.MarkPrice;
import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.Ohlc;
import com.mdm.domain.market.OrderBookDepth;
import com.mdm.domain.market.PriceLevel;
import com.mdm.domain.market.Side;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Ticker;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.market.Trade;
import com.mdm.testsupport.Fixtures;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Decodes every recorded line of {@code ../shared/fixtures/binance-usdm/ws} in place, pinning how
 * many lines decode and which are refused, and the mapped values of representative lines.
 */
class BinanceMessageDecoderFixturesTest {

  /** After every recorded event (the newest is from 2026-01), so none lies in the future. */
  private static final Instant RECEIVED_AT = Instant.parse("2026-11-24T00:00:00Z");

  private final BinanceMessageDecoder decoder = new BinanceMessageDecoder(DecoderLimits.defaults());

  @Test
  void aggTradeLinesAllDecodeExceptThe2019FrameWithoutAnAggregateId() {
    List<DecodeResult> results = decodeAll("aggTrade");

    assertThat(results).hasSize(42);
    assertEveryLine(results.subList(0, 41), AggregateTrade.class, 41);
    DecodeResult without = results.get(41);
    assertThat(without.isRejected()).isTrue();
    assertThat(without.rejections())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reason()).isEqualTo(RejectReason.MISSING_FIELD);
              assertThat(r.detail()).isEqualTo("aggTrade: missing field 'a'");
            });
    assertThat(results.get(0).events().getFirst())
        .isEqualTo(
            new AggregateTrade(
                Symbol.of("SANDUSDT"),
                9445517,
                new BigDecimal("0.69067"),
                new BigDecimal("369"),
                12821738,
                12821738,
                true,
                Instant.ofEpochMilli(1617647797485L),
                Instant.ofEpochMilli(1617647797640L),
                RECEIVED_AT));
    AggregateTrade quarterly = (AggregateTrade) results.get(36).events().getFirst();
    assertThat(quarterly.symbol()).isEqualTo(Symbol.of("BTCUSDT_210625"));
    AggregateTrade withNewField = (AggregateTrade) results.get(40).events().getFirst();
    assertThat(withNewField.aggregateTradeId()).isEqualTo(3057600382L);
    assertThat(withNewField.quantity()).isEqualTo(new BigDecimal("0.020"));
  }

  @Test
  void tradeLinesAllDecodeWithTheTypeNullWhereTheOldFrameLacksIt() {
    List<DecodeResult> results = decodeAll("trade");

    assertEveryLine(results, Trade.class, 27);
    assertThat(results.get(0).events().getFirst())
        .isEqualTo(
            new Trade(
                Symbol.of("BTCUSDT"),
                5266583935L,
                new BigDecimal("61800.30"),
                new BigDecimal("0.006"),
                false,
                "MARKET",
                Instant.ofEpochMilli(1723161256322L),
                Instant.ofEpochMilli(1723161256322L),
                RECEIVED_AT));
    assertThat(((Trade) results.get(24).events().getFirst()).tradeType()).isNull();
    assertThat(((Trade) results.get(25).events().getFirst()).tradeType())
        .isEqualTo("INSURANCE_FUND");
  }

  @Test
  void klineLinesAllDecodeKeyedByOpenTimeWithFourClosed() {
    List<DecodeResult> results = decodeAll("kline");

    assertEveryLine(results, Candle.class, 22);
    assertThat(events(results)).filteredOn(e -> ((Candle) e).closed()).hasSize(4);
    assertThat(results.get(8).events().getFirst())
        .isEqualTo(
            new Candle(
                Symbol.of("SUSHIUSDT"),
                Timeframe.MINUTE_1,
                Instant.ofEpochMilli(1626992700000L),
                Instant.ofEpochMilli(1626992759999L),
                new Ohlc(
                    new BigDecimal("7.6080"),
                    new BigDecimal("7.6180"),
                    new BigDecimal("7.6070"),
                    new BigDecimal("7.6170")),
                new BigDecimal("3005"),
                new BigDecimal("22875.8590"),
                113,
                new BigDecimal("1900"),
                new BigDecimal("14464.6960"),
                true,
                Instant.ofEpochMilli(1626992760203L),
                RECEIVED_AT));
    Candle month = (Candle) results.get(21).events().getFirst();
    assertThat(month.timeframe()).isEqualTo(Timeframe.MONTH_1);
    assertThat(month.openTime()).isEqualTo(Instant.parse("2022-05-01T00:00:00Z"));
    assertThat(month.closeTime()).isEqualTo(Instant.parse("2022-05-31T23:59:59.999Z"));
  }

  @Test
  void depthLinesAllDecodeAsDiffOrPartialByTheirStream() {
    List<DecodeResult> results = decodeAll("depthUpdate");

    assertEveryLine(results, OrderBookDepth.class, 55);
    List<OrderBookDepth> depths = events(results).stream().map(OrderBookDepth.class::cast).toList();
    assertThat(depths.subList(0, 42)).allMatch(d -> d.kind() == DepthKind.DIFF);
    assertThat(depths.subList(42, 55)).allMatch(d -> d.kind() == DepthKind.PARTIAL);
    OrderBookDepth first = depths.getFirst();
    assertThat(first.symbol()).isEqualTo(Symbol.of("BATUSDT"));
    assertThat(first.firstUpdateId()).isEqualTo(303212647354L);
    assertThat(first.finalUpdateId()).isEqualTo(303212648743L);
    assertThat(first.previousFinalUpdateId()).isEqualTo(303212646994L);
    assertThat(first.transactionTime()).isEqualTo(Instant.ofEpochMilli(1617647797571L));
    assertThat(first.eventTime()).isEqualTo(Instant.ofEpochMilli(1617647797599L));
    assertThat(first.bids()).hasSize(9).first().isEqualTo(level("1.2187", "425.9"));
    assertThat(first.bids().get(4)).isEqualTo(level("1.2219", "0.0"));
    assertThat(first.asks()).hasSize(4);
    assertThat(depths.get(6).bids()).isEmpty();
    assertThat(depths.get(34).bids()).hasSize(856);
    assertThat(depths.get(34).asks()).hasSize(370);
    OrderBookDepth top20 = depths.get(45);
    assertThat(top20.symbol()).isEqualTo(Symbol.of("BTCUSDT"));
    assertThat(top20.bids()).hasSize(20);
    assertThat(top20.asks()).hasSize(20);
  }

  @Test
  void markPriceLinesYieldAFundingRateExceptForTheDeliveryContract() {
    List<DecodeResult> results = decodeAll("markPriceUpdate");

    assertThat(results).allMatch(r -> r.rejections().isEmpty());
    assertThat(results).extracting(r -> r.events().size()).containsExactly(2, 4, 2, 2, 2, 2, 1, 2);
    assertThat(countByType(results))
        .containsExactly(Map.entry(MarkPrice.class, 9L), Map.entry(FundingRate.class, 8L));
    Instant eventTime = Instant.ofEpochMilli(1617308820003L);
    Instant fundingTime = Instant.ofEpochMilli(1617321600000L);
    assertThat(results.get(0).events())
        .containsExactly(
            new MarkPrice(
                Symbol.of("BTCUSDT"),
                new BigDecimal("58940.14924532"),
                new BigDecimal("58857.26693664"),
                new BigDecimal("58905.14663658"),
                new BigDecimal("0.00058455"),
                fundingTime,
                eventTime,
                RECEIVED_AT),
            new FundingRate(
                Symbol.of("BTCUSDT"),
                fundingTime,
                new BigDecimal("0.00058455"),
                new BigDecimal("58940.14924532"),
                eventTime,
                RECEIVED_AT));
    assertThat(results.get(1).events())
        .extracting(MarketEvent::symbol)
        .map(Symbol::value)
        .containsExactly("BTCUSDT", "BTCUSDT", "ETHUSDT", "ETHUSDT");
    MarkPrice early = (MarkPrice) results.get(4).events().getFirst();
    assertThat(early.indexPrice()).isNull();
    assertThat(early.estimatedSettlePrice()).isNull();
    MarkPrice delivery = (MarkPrice) results.get(6).events().getFirst();
    assertThat(delivery.symbol()).isEqualTo(Symbol.of("BTCBUSD_210129"));
    assertThat(delivery.nextFundingTime()).isNull();
    assertThat(delivery.fundingRate()).isNull();
  }

  @Test
  void tickerLinesAllDecodeIncludingTheArrays() {
    List<DecodeResult> results = decodeAll("ticker");

    assertEveryLine(results, Ticker.class, 5);
    assertThat(results.get(0).events().getFirst())
        .isEqualTo(
            new Ticker(
                Symbol.of("BTCUSDT_220624"),
                false,
                new BigDecimal("28926.0"),
                new BigDecimal("29335.0"),
                new BigDecimal("28834.4"),
                new BigDecimal("29122.5"),
                new BigDecimal("1047.859"),
                new BigDecimal("30433679.16"),
                new BigDecimal("196.5"),
                new BigDecimal("0.679"),
                new BigDecimal("29043.7"),
                new BigDecimal("0.004"),
                Instant.ofEpochMilli(1653728340000L),
                Instant.ofEpochMilli(1653814783320L),
                2872692L,
                2893528L,
                20837L,
                Instant.ofEpochMilli(1653814783325L),
                RECEIVED_AT));
    assertThat(((Ticker) results.get(3).events().getFirst()).symbol())
        .isEqualTo(Symbol.of("IOTXUSDT"));
    assertThat(((Ticker) results.get(4).events().getFirst()).priceChange())
        .isEqualTo(new BigDecimal("-88.17"));
  }

  @Test
  void theMiniTickerDecodesWithTheFullTickersFieldsNull() {
    List<DecodeResult> results = decodeAll("miniTicker");

    assertEveryLine(results, Ticker.class, 1);
    Ticker mini = (Ticker) results.getFirst().events().getFirst();
    assertThat(mini.mini()).isTrue();
    assertThat(mini.close()).isEqualTo(new BigDecimal("42731.50"));
    assertThat(mini.quoteVolume()).isEqualTo(new BigDecimal("15202373572.10"));
    assertThat(mini.priceChange()).isNull();
    assertThat(mini.weightedAveragePrice()).isNull();
    assertThat(mini.firstTradeId()).isNull();
    assertThat(mini.tradeCount()).isNull();
  }

  @Test
  void bookTickerLinesAllDecode() {
    List<DecodeResult> results = decodeAll("bookTicker");

    assertEveryLine(results, BookTicker.class, 31);
    assertThat(results.get(0).events().getFirst())
        .isEqualTo(
            new BookTicker(
                Symbol.of("NEOUSDT"),
                303212650041L,
                new BigDecimal("57.273"),
                new BigDecimal("1.89"),
                new BigDecimal("57.289"),
                new BigDecimal("6.10"),
                Instant.ofEpochMilli(1617647797639L),
                Instant.ofEpochMilli(1617647797643L),
                RECEIVED_AT));
    assertThat(events(results)).allMatch(e -> ((BookTicker) e).isUncrossed());
  }

  @Test
  void forceOrderLinesAllDecode() {
    List<DecodeResult> results = decodeAll("forceOrder");

    assertEveryLine(results, Liquidation.class, 5);
    assertThat(results.get(1).events().getFirst())
        .isEqualTo(
            new Liquidation(
                Symbol.of("IOTXUSDT"),
                Side.SELL,
                "LIMIT",
                "IOC",
                new BigDecimal("3661"),
                new BigDecimal("0.06606"),
                new BigDecimal("0.06669"),
                "FILLED",
                new BigDecimal("962"),
                new BigDecimal("3661"),
                Instant.ofEpochMilli(1634653599180L),
                Instant.ofEpochMilli(1634653599186L),
                RECEIVED_AT));
  }

  @Test
  void theBareDataOfEveryLineDecodesToTheSameEventsAsTheCombinedFrame() {
    for (String type :
        List.of(
            "aggTrade",
            "trade",
            "kline",
            "markPriceUpdate",
            "ticker",
            "miniTicker",
            "bookTicker",
            "forceOrder")) {
      for (String line : Fixtures.wsLines(type)) {
        String data = line.substring(line.indexOf("\"data\":") + 7, line.length() - 1);
        assertThat(decode(data)).as("%s: %s", type, data).isEqualTo(decode(line));
      }
    }
  }

  private List<DecodeResult> decodeAll(String type) {
    return Fixtures.wsLines(type).stream().map(this::decode).toList();
  }

  private DecodeResult decode(String line) {
    return decoder.decode(line.getBytes(StandardCharsets.UTF_8), RECEIVED_AT);
  }

  private static void assertEveryLine(
      List<DecodeResult> results, Class<? extends MarketEvent> type, int lines) {
    assertThat(results).hasSize(lines);
    for (int i = 0; i < results.size(); i++) {
      DecodeResult result = results.get(i);
      assertThat(result.rejections()).as("line %d rejections", i + 1).isEmpty();
      assertThat(result.events()).as("line %d events", i + 1).singleElement().isInstanceOf(type);
    }
  }

  private static List<MarketEvent> events(List<DecodeResult> results) {
    List<MarketEvent> events = new ArrayList<>();
    results.forEach(r -> events.addAll(r.events()));
    return events;
  }

  private static Map<Class<?>, Long> countByType(List<DecodeResult> results) {
    Map<Class<?>, Long> counts = new LinkedHashMap<>();
    events(results).forEach(e -> counts.merge(e.getClass(), 1L, Long::sum));
    return counts;
  }

  private static PriceLevel level(String price, String quantity) {
    return new PriceLevel(new BigDecimal(price), new BigDecimal(quantity));
  }
}
