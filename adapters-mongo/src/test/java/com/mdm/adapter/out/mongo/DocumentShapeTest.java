package com.mdm.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.BookTicker;
import com.mdm.domain.market.Candle;
import com.mdm.domain.market.DepthKind;
import com.mdm.domain.market.FundingRate;
import com.mdm.domain.market.Liquidation;
import com.mdm.domain.market.MarkPrice;
import com.mdm.domain.market.MarkPriceCandle;
import com.mdm.domain.market.OrderBookDepth;
import com.mdm.domain.market.Side;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Ticker;
import com.mdm.domain.market.Trade;
import com.mdm.testsupport.contract.KlineSamples;
import com.mdm.testsupport.contract.SeriesSamples;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;

/** The stored shape of each record type: natural-key ids, readable names, BSON types. */
class DocumentShapeTest {

  private static final Symbol SYMBOL = Symbol.of("QQQUSDT");
  private static final Decimal128 PRICE = Decimal128.parse("64990.90");
  private static final Decimal128 TINY = Decimal128.parse("0.00000001");

  @Test
  void tradeIsKeyedByTypeAndTradeId() {
    Trade trade = SeriesSamples.trade(SYMBOL, 1);
    Document document = TradeMapper.toDocument(trade);

    assertThat(document.get("_id"))
        .isEqualTo(new Document("type", "trade").append("id", 7_000_001L));
    assertThat(document)
        .containsEntry("type", "trade")
        .containsEntry("tradeId", 7_000_001L)
        .containsEntry("price", PRICE)
        .containsEntry("quantity", TINY)
        .containsEntry("buyerIsMaker", false)
        .containsEntry("tradeType", "MARKET")
        .containsEntry("tradeTime", Date.from(trade.tradeTime()));
    assertThat(TradeMapper.toDocument(SeriesSamples.trade(SYMBOL, 3)))
        .doesNotContainKey("tradeType");
  }

  @Test
  void aggregateTradeIsKeyedByTypeAndAggregateId() {
    AggregateTrade trade = SeriesSamples.aggregateTrade(SYMBOL, 1);
    Document document = AggregateTradeMapper.toDocument(trade);

    assertThat(document.get("_id"))
        .isEqualTo(new Document("type", "aggTrade").append("id", 7_000_001L));
    assertThat(document)
        .containsEntry("aggregateTradeId", 7_000_001L)
        .containsEntry("firstTradeId", 9_110L)
        .containsEntry("lastTradeId", 9_115L)
        .containsEntry("buyerIsMaker", true);
  }

  @Test
  void candleIsKeyedByOpenTime() {
    Candle candle = KlineSamples.candle(SYMBOL, 2);
    Document document = CandleMapper.toDocument(candle);

    assertThat(document.get("_id")).isEqualTo(Date.from(candle.openTime()));
    assertThat(document)
        .containsEntry("timeframe", "1m")
        .containsEntry("open", PRICE)
        .containsEntry("takerBuyBaseVolume", TINY)
        .containsEntry("tradeCount", 42L)
        .containsEntry("closed", true)
        .containsEntry("closeTime", Date.from(candle.closeTime()));
  }

  @Test
  void markPriceCandleIsKeyedByOpenTimeAndHasNoVolume() {
    MarkPriceCandle candle = KlineSamples.markPriceCandle(SYMBOL, 2);
    Document document = MarkPriceCandleMapper.toDocument(candle);

    assertThat(document.get("_id")).isEqualTo(Date.from(candle.openTime()));
    assertThat(document)
        .containsEntry("timeframe", "1h")
        .containsEntry("open", PRICE)
        .containsEntry("low", TINY)
        .containsEntry("closed", true)
        .containsEntry("closeTime", Date.from(candle.closeTime()))
        .doesNotContainKeys("volume", "tradeCount");
  }

  @Test
  void depthIsKeyedByKindAndFinalUpdateIdWithLevelsAsDecimalPairs() {
    OrderBookDepth diff = SeriesSamples.depth(SYMBOL, 1, DepthKind.DIFF);
    Document document = DepthMapper.toDocument(diff);

    assertThat(document.get("_id")).isEqualTo(new Document("kind", "DIFF").append("u", 500_019L));
    assertThat(document)
        .containsEntry("firstUpdateId", 500_010L)
        .containsEntry("finalUpdateId", 500_019L)
        .containsEntry("previousFinalUpdateId", 500_009L)
        .containsEntry(
            "bids",
            List.of(
                List.of(PRICE, TINY), List.of(Decimal128.parse("64990.80"), Decimal128.parse("0"))))
        .containsEntry(
            "asks", List.of(List.of(Decimal128.parse("64991.00"), Decimal128.parse("3.000"))));
    assertThat(DepthMapper.toDocument(SeriesSamples.depth(SYMBOL, 1, DepthKind.PARTIAL)))
        .doesNotContainKeys("previousFinalUpdateId", "transactionTime");
  }

  @Test
  void markPriceIsKeyedByEventTime() {
    MarkPrice price = SeriesSamples.markPrice(SYMBOL, 0);

    assertThat(MarkPriceMapper.toDocument(price))
        .containsEntry("_id", Date.from(price.eventTime()))
        .containsEntry("markPrice", PRICE)
        .containsEntry("fundingRate", TINY)
        .containsEntry("nextFundingTime", Date.from(price.nextFundingTime()));
    assertThat(MarkPriceMapper.toDocument(SeriesSamples.markPrice(SYMBOL, 1)))
        .doesNotContainKeys("estimatedSettlePrice", "fundingRate", "nextFundingTime");
  }

  @Test
  void fundingRateIsKeyedByFundingTime() {
    FundingRate rate = SeriesSamples.fundingRate(SYMBOL, 0);

    assertThat(FundingRateMapper.toDocument(rate))
        .containsEntry("_id", Date.from(rate.fundingTime()))
        .containsEntry("fundingTime", Date.from(rate.fundingTime()))
        .containsEntry("fundingRate", TINY)
        .containsEntry("markPrice", PRICE);
  }

  @Test
  void tickerIsKeyedByKindAndEventTime() {
    Ticker full = SeriesSamples.ticker(SYMBOL, 0, false);
    Ticker mini = SeriesSamples.ticker(SYMBOL, 0, true);

    assertThat(TickerMapper.toDocument(full).get("_id"))
        .isEqualTo(new Document("kind", "full").append("time", Date.from(full.eventTime())));
    assertThat(TickerMapper.toDocument(full))
        .containsEntry("close", PRICE)
        .containsEntry("lastQuantity", TINY)
        .containsEntry("tradeCount", 801L);
    assertThat(TickerMapper.toDocument(mini).get("_id"))
        .isEqualTo(new Document("kind", "mini").append("time", Date.from(mini.eventTime())));
    assertThat(TickerMapper.toDocument(mini)).doesNotContainKeys("priceChange", "tradeCount");
  }

  @Test
  void bookTickerIsKeyedByUpdateId() {
    BookTicker ticker = SeriesSamples.bookTicker(SYMBOL, 4);

    assertThat(BookTickerMapper.toDocument(ticker))
        .containsEntry("_id", 880_000_004L)
        .containsEntry("updateId", 880_000_004L)
        .containsEntry("bestBidPrice", PRICE)
        .containsEntry("bestBidQuantity", TINY)
        .containsEntry("transactionTime", Date.from(ticker.transactionTime()));
  }

  @Test
  void liquidationIsKeyedByTradeTimeAndSide() {
    Liquidation order = SeriesSamples.liquidation(SYMBOL, 2, Side.SELL);

    assertThat(LiquidationMapper.toDocument(order).get("_id"))
        .isEqualTo(new Document("time", Date.from(order.tradeTime())).append("side", "SELL"));
    assertThat(LiquidationMapper.toDocument(order))
        .containsEntry("side", "SELL")
        .containsEntry("price", PRICE)
        .containsEntry("quantity", TINY)
        .containsEntry("timeInForce", "IOC")
        .containsEntry("orderStatus", "FILLED");
  }
}
