package com.mdm.decoder.binance;

import static com.mdm.decoder.binance.DecoderTestFiles.RECEIVED_AT;
import static com.mdm.decoder.binance.DecoderTestFiles.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BinanceMessageDecoderTest {

  private static final Symbol TEST = Symbol.of("TESTUSDT");

  private final BinanceMessageDecoder decoder = new BinanceMessageDecoder(DecoderLimits.defaults());

  private DecodeResult decode(String resource) {
    return decoder.decode(bytes(resource), RECEIVED_AT);
  }

  private MarketEvent single(String resource) {
    DecodeResult result = decode(resource);
    assertThat(result.rejections()).isEmpty();
    assertThat(result.events()).hasSize(1);
    return result.events().getFirst();
  }

  @ParameterizedTest
  @ValueSource(strings = {"envelope-producer.json", "envelope-combined.json", "envelope-bare.json"})
  void everyEnvelopeFormDecodesToTheSameAggregateTrade(String resource) {
    assertThat(single(resource))
        .isEqualTo(
            new AggregateTrade(
                TEST,
                700001,
                new BigDecimal("12.3450"),
                new BigDecimal("7.5"),
                900001,
                900003,
                false,
                Instant.ofEpochMilli(1760961599498L),
                Instant.ofEpochMilli(1760961599500L),
                RECEIVED_AT));
  }

  @Test
  void anArrayWithOneBadElementKeepsTheGoodElementsAndRejectsTheBadOne() {
    DecodeResult result = decode("array-markprice-one-bad.json");

    assertThat(result.isRejected()).isFalse();
    assertThat(result.hasRejections()).isTrue();
    assertThat(result.events())
        .extracting(MarketEvent::symbol, e -> e.getClass().getSimpleName())
        .containsExactly(
            tuple(TEST, "MarkPrice"),
            tuple(TEST, "FundingRate"),
            tuple(Symbol.of("OTHERUSDT"), "MarkPrice"),
            tuple(Symbol.of("OTHERUSDT"), "FundingRate"));
    assertThat(result.rejections()).hasSize(1);
    Rejection rejection = result.rejections().getFirst();
    assertThat(rejection.reason()).isEqualTo(RejectReason.INVALID_SYMBOL);
    assertThat(rejection.detail()).startsWith("data[1] markPriceUpdate: ").contains("'test-usdt'");
    FundingRate negative = (FundingRate) result.events().get(3);
    assertThat(negative.fundingRate()).isEqualTo(new BigDecimal("-0.00002500"));
  }

  @Test
  void aTopLevelArrayDecodesOneEventPerElement() {
    DecodeResult result = decode("array-top-level.json");

    assertThat(result.rejections()).isEmpty();
    assertThat(result.events()).hasSize(2).allMatch(e -> e instanceof Ticker t && t.mini());
    Ticker first = (Ticker) result.events().getFirst();
    assertThat(first.close()).isEqualTo(new BigDecimal("12.40"));
    assertThat(first.priceChange()).isNull();
    assertThat(first.tradeCount()).isNull();
    assertThat(first.windowOpenTime()).isNull();
  }

  @Test
  void aSpotLikePartialDepthTakesItsSymbolFromTheStreamAndItsTimeFromReceipt() {
    OrderBookDepth depth = (OrderBookDepth) single("depth-spot-partial.json");

    assertThat(depth.symbol()).isEqualTo(TEST);
    assertThat(depth.kind()).isEqualTo(DepthKind.PARTIAL);
    assertThat(depth.firstUpdateId()).isEqualTo(4400001L);
    assertThat(depth.finalUpdateId()).isEqualTo(4400001L);
    assertThat(depth.previousFinalUpdateId()).isNull();
    assertThat(depth.transactionTime()).isNull();
    assertThat(depth.eventTime()).isEqualTo(RECEIVED_AT);
    assertThat(depth.bids()).containsExactly(level("12.30", "3.0"), level("12.29", "1.5"));
    assertThat(depth.asks()).hasSize(3).last().isEqualTo(level("12.33", "9.1"));
  }

  @Test
  void aFuturesDepthUpdateOnAPartialDepthStreamIsPartial() {
    OrderBookDepth depth = (OrderBookDepth) single("depth-partial-combined.json");

    assertThat(depth.kind()).isEqualTo(DepthKind.PARTIAL);
    assertThat(depth.symbol()).isEqualTo(Symbol.of("TESTUSDT_251226"));
    assertThat(depth.previousFinalUpdateId()).isEqualTo(5500009L);
  }

  @Test
  void aDepthUpdateInTheProducerEnvelopeIsDiffWhateverItsRebuiltStreamSays() {
    OrderBookDepth depth = (OrderBookDepth) single("depth-diff-producer.json");

    assertThat(depth.kind()).isEqualTo(DepthKind.DIFF);
    assertThat(depth.firstUpdateId()).isEqualTo(5500010L);
    assertThat(depth.finalUpdateId()).isEqualTo(5500020L);
    assertThat(depth.previousFinalUpdateId()).isEqualTo(5500009L);
    assertThat(depth.transactionTime()).isEqualTo(Instant.ofEpochMilli(1760961599190L));
    assertThat(depth.eventTime()).isEqualTo(Instant.ofEpochMilli(1760961599200L));
    assertThat(depth.bids()).containsExactly(level("12.30", "0"), level("12.28", "4.25"));
    assertThat(depth.asks()).isEmpty();
  }

  @Test
  void aDeliveryContractMarkPriceHasNoFundingRate() {
    MarkPrice mark = (MarkPrice) single("markprice-delivery.json");

    assertThat(mark.symbol()).isEqualTo(Symbol.of("TESTUSDT_251226"));
    assertThat(mark.markPrice()).isEqualTo(new BigDecimal("12.50000000"));
    assertThat(mark.indexPrice()).isEqualTo(new BigDecimal("12.45000000"));
    assertThat(mark.estimatedSettlePrice()).isEqualTo(new BigDecimal("12.48000000"));
    assertThat(mark.fundingRate()).isNull();
    assertThat(mark.nextFundingTime()).isNull();
  }

  @Test
  void aPerpetualMarkPriceAlsoYieldsTheFundingRateForItsNextFundingTime() {
    DecodeResult result = decode("array-markprice-one-bad.json");
    MarkPrice mark = (MarkPrice) result.events().get(0);
    FundingRate funding = (FundingRate) result.events().get(1);

    Instant fundingTime = Instant.ofEpochMilli(1760976000000L);
    assertThat(mark.nextFundingTime()).isEqualTo(fundingTime);
    assertThat(mark.fundingRate()).isEqualTo(new BigDecimal("0.00010000"));
    assertThat(funding)
        .isEqualTo(
            new FundingRate(
                TEST,
                fundingTime,
                new BigDecimal("0.00010000"),
                new BigDecimal("12.34000000"),
                Instant.ofEpochMilli(1760961599000L),
                RECEIVED_AT));
  }

  @Test
  void unknownFieldsInTheEnvelopeAndTheEventAreIgnored() {
    Trade trade = (Trade) single("unknown-fields.json");

    assertThat(trade)
        .isEqualTo(
            new Trade(
                TEST,
                800001,
                new BigDecimal("12.3460"),
                new BigDecimal("0.25"),
                true,
                "MARKET",
                Instant.ofEpochMilli(1760961599699L),
                Instant.ofEpochMilli(1760961599700L),
                RECEIVED_AT));
  }

  @Test
  void anUnknownEventTypeIsRejectedNotGuessed() {
    DecodeResult result = decode("unknown-event.json");

    assertThat(result.isRejected()).isTrue();
    assertThat(result.rejections())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reason()).isEqualTo(RejectReason.UNKNOWN_EVENT_TYPE);
              assertThat(r.detail()).contains("'compositeIndex'");
            });
  }

  @Test
  void aBookTickerWithoutEventTimeUsesItsTransactionTime() {
    BookTicker ticker = (BookTicker) single("bookticker-without-event-time.json");

    assertThat(ticker.updateId()).isEqualTo(660000001L);
    assertThat(ticker.transactionTime()).isEqualTo(Instant.ofEpochMilli(1760961599400L));
    assertThat(ticker.eventTime()).isEqualTo(ticker.transactionTime());
    assertThat(ticker.bestBidPrice()).isEqualTo(new BigDecimal("12.30"));
    assertThat(ticker.bestBidQuantity()).isEqualTo(new BigDecimal("3.0"));
    assertThat(ticker.bestAskPrice()).isEqualTo(new BigDecimal("12.31"));
    assertThat(ticker.bestAskQuantity()).isEqualTo(new BigDecimal("2.0"));
  }

  @Test
  void aKlineTakesItsIntervalFromTheEventNotFromTheProducersStream() {
    Candle candle = (Candle) single("kline-producer-stream-without-interval.json");

    assertThat(candle)
        .isEqualTo(
            new Candle(
                TEST,
                Timeframe.MINUTE_5,
                Instant.ofEpochMilli(1760961300000L),
                Instant.ofEpochMilli(1760961599999L),
                new Ohlc(
                    new BigDecimal("12.00"),
                    new BigDecimal("12.80"),
                    new BigDecimal("11.70"),
                    new BigDecimal("12.40")),
                new BigDecimal("1500.5"),
                new BigDecimal("18250.75"),
                50,
                new BigDecimal("700.25"),
                new BigDecimal("8500.10"),
                false,
                Instant.ofEpochMilli(1760961599900L),
                RECEIVED_AT));
  }

  @Test
  void aFullTickerMapsEveryField() {
    assertThat(single("ticker-full.json"))
        .isEqualTo(
            new Ticker(
                TEST,
                false,
                new BigDecimal("12.90"),
                new BigDecimal("13.10"),
                new BigDecimal("11.70"),
                new BigDecimal("12.40"),
                new BigDecimal("1500.5"),
                new BigDecimal("18250.75"),
                new BigDecimal("-0.50"),
                new BigDecimal("-3.876"),
                new BigDecimal("12.15"),
                new BigDecimal("0.5"),
                Instant.ofEpochMilli(1760875199000L),
                Instant.ofEpochMilli(1760961599299L),
                100001L,
                100500L,
                500L,
                Instant.ofEpochMilli(1760961599300L),
                RECEIVED_AT));
  }

  @Test
  void aForceOrderTakesTheOrderFromItsInnerObjectAndTheEventTimeFromOutside() {
    assertThat(single("forceorder.json"))
        .isEqualTo(
            new Liquidation(
                TEST,
                Side.BUY,
                "LIMIT",
                "IOC",
                new BigDecimal("4.0"),
                new BigDecimal("12.60"),
                new BigDecimal("12.55"),
                "FILLED",
                new BigDecimal("1.5"),
                new BigDecimal("4.0"),
                Instant.ofEpochMilli(1760961599590L),
                Instant.ofEpochMilli(1760961599600L),
                RECEIVED_AT));
  }

  @Test
  void decimalsGivenAsJsonNumbersAreRefusedAsTheyMayHaveLostPrecision() {
    String payload =
        """
        {"e":"aggTrade","E":1760961599500,"a":1,"s":"TESTUSDT","p":0.10000000000000000555,\
        "q":"2.50","f":1,"l":1,"T":1760961599498,"m":true}""";

    DecodeResult result = decoder.decode(payload.getBytes(), RECEIVED_AT);

    assertThat(result.events()).isEmpty();
    assertThat(result.rejections())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reason()).isEqualTo(RejectReason.NUMBER_NOT_STRING);
              assertThat(r.detail()).contains("field 'p'").contains("0.10000000000000000555");
            });
  }

  @Test
  void aFieldGivenTwiceIsRefusedRatherThanTheLastValueStored() {
    String payload =
        """
        {"e":"aggTrade","E":1760961599500,"a":1,"s":"TESTUSDT","p":"101.25","p":"999.99",\
        "q":"2.50","f":1,"l":1,"T":1760961599498,"m":true}""";

    DecodeResult result = decoder.decode(payload.getBytes(), RECEIVED_AT);

    assertThat(result.events()).isEmpty();
    assertThat(result.rejections())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reason()).isEqualTo(RejectReason.DUPLICATE_FIELD);
              assertThat(r.detail()).contains("'p'");
            });
  }

  private static PriceLevel level(String price, String quantity) {
    return new PriceLevel(new BigDecimal(price), new BigDecimal(quantity));
  }
}
