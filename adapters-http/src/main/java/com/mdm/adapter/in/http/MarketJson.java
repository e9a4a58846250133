package com.mdm.adapter.in.http;

import static com.mdm.adapter.in.http.Json.decimal;
import static com.mdm.adapter.in.http.Json.time;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.BookTicker;
import com.mdm.domain.market.Candle;
import com.mdm.domain.market.FundingRate;
import com.mdm.domain.market.Liquidation;
import com.mdm.domain.market.MarkPrice;
import com.mdm.domain.market.MarkPriceCandle;
import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.OrderBookDepth;
import com.mdm.domain.market.PriceLevel;
import com.mdm.domain.market.Ticker;
import com.mdm.domain.market.Trade;
import com.mdm.domain.port.in.CandleBar;
import java.util.List;

/** JSON of market records: field names as stored, decimals as exact strings, times ISO-8601. */
final class MarketJson {

  private MarketJson() {}

  static ObjectNode of(MarketEvent event) {
    return switch (event) {
      case Trade trade -> trade(trade);
      case AggregateTrade trade -> aggregateTrade(trade);
      case Candle candle -> candle(candle);
      case OrderBookDepth depth -> depth(depth);
      case MarkPrice markPrice -> markPrice(markPrice);
      case FundingRate funding -> funding(funding);
      case Ticker ticker -> ticker(ticker);
      case BookTicker bookTicker -> bookTicker(bookTicker);
      case Liquidation liquidation -> liquidation(liquidation);
      case MarkPriceCandle candle -> markPriceCandle(candle);
    };
  }

  static ObjectNode candle(CandleBar bar) {
    return candle(bar.candle()).put("incomplete", bar.incomplete());
  }

  private static ObjectNode trade(Trade trade) {
    return Json.object()
        .put("tradeId", trade.tradeId())
        .put("price", decimal(trade.price()))
        .put("quantity", decimal(trade.quantity()))
        .put("buyerIsMaker", trade.buyerIsMaker())
        .put("tradeType", trade.tradeType())
        .put("tradeTime", time(trade.tradeTime()))
        .put("eventTime", time(trade.eventTime()))
        .put("receivedAt", time(trade.receivedAt()));
  }

  private static ObjectNode aggregateTrade(AggregateTrade trade) {
    return Json.object()
        .put("aggregateTradeId", trade.aggregateTradeId())
        .put("price", decimal(trade.price()))
        .put("quantity", decimal(trade.quantity()))
        .put("firstTradeId", trade.firstTradeId())
        .put("lastTradeId", trade.lastTradeId())
        .put("buyerIsMaker", trade.buyerIsMaker())
        .put("tradeTime", time(trade.tradeTime()))
        .put("eventTime", time(trade.eventTime()))
        .put("receivedAt", time(trade.receivedAt()));
  }

  private static ObjectNode candle(Candle candle) {
    return Json.object()
        .put("openTime", time(candle.openTime()))
        .put("closeTime", time(candle.closeTime()))
        .put("open", decimal(candle.open()))
        .put("high", decimal(candle.high()))
        .put("low", decimal(candle.low()))
        .put("close", decimal(candle.close()))
        .put("volume", decimal(candle.volume()))
        .put("quoteVolume", decimal(candle.quoteVolume()))
        .put("tradeCount", candle.tradeCount())
        .put("takerBuyBaseVolume", decimal(candle.takerBuyBaseVolume()))
        .put("takerBuyQuoteVolume", decimal(candle.takerBuyQuoteVolume()))
        .put("closed", candle.closed());
  }

  private static ObjectNode markPriceCandle(MarkPriceCandle candle) {
    return Json.object()
        .put("openTime", time(candle.openTime()))
        .put("closeTime", time(candle.closeTime()))
        .put("open", decimal(candle.open()))
        .put("high", decimal(candle.high()))
        .put("low", decimal(candle.low()))
        .put("close", decimal(candle.close()))
        .put("closed", candle.closed());
  }

  private static ObjectNode depth(OrderBookDepth depth) {
    ObjectNode json =
        Json.object()
            .put("kind", depth.kind().name())
            .put("firstUpdateId", depth.firstUpdateId())
            .put("finalUpdateId", depth.finalUpdateId())
            .put("previousFinalUpdateId", depth.previousFinalUpdateId());
    json.set("bids", levels(depth.bids()));
    json.set("asks", levels(depth.asks()));
    return json.put("transactionTime", time(depth.transactionTime()))
        .put("eventTime", time(depth.eventTime()))
        .put("receivedAt", time(depth.receivedAt()));
  }

  private static ArrayNode levels(List<PriceLevel> levels) {
    ArrayNode array = Json.MAPPER.createArrayNode();
    for (PriceLevel level : levels) {
      array.addArray().add(decimal(level.price())).add(decimal(level.quantity()));
    }
    return array;
  }

  private static ObjectNode markPrice(MarkPrice markPrice) {
    return Json.object()
        .put("markPrice", decimal(markPrice.markPrice()))
        .put("indexPrice", decimal(markPrice.indexPrice()))
        .put("estimatedSettlePrice", decimal(markPrice.estimatedSettlePrice()))
        .put("fundingRate", decimal(markPrice.fundingRate()))
        .put("nextFundingTime", time(markPrice.nextFundingTime()))
        .put("eventTime", time(markPrice.eventTime()))
        .put("receivedAt", time(markPrice.receivedAt()));
  }

  private static ObjectNode funding(FundingRate funding) {
    return Json.object()
        .put("fundingTime", time(funding.fundingTime()))
        .put("fundingRate", decimal(funding.fundingRate()))
        .put("markPrice", decimal(funding.markPrice()))
        .put("eventTime", time(funding.eventTime()))
        .put("receivedAt", time(funding.receivedAt()));
  }

  private static ObjectNode ticker(Ticker ticker) {
    return Json.object()
        .put("kind", ticker.mini() ? "mini" : "full")
        .put("open", decimal(ticker.open()))
        .put("high", decimal(ticker.high()))
        .put("low", decimal(ticker.low()))
        .put("close", decimal(ticker.close()))
        .put("volume", decimal(ticker.volume()))
        .put("quoteVolume", decimal(ticker.quoteVolume()))
        .put("priceChange", decimal(ticker.priceChange()))
        .put("priceChangePercent", decimal(ticker.priceChangePercent()))
        .put("weightedAveragePrice", decimal(ticker.weightedAveragePrice()))
        .put("lastQuantity", decimal(ticker.lastQuantity()))
        .put("windowOpenTime", time(ticker.windowOpenTime()))
        .put("windowCloseTime", time(ticker.windowCloseTime()))
        .put("firstTradeId", ticker.firstTradeId())
        .put("lastTradeId", ticker.lastTradeId())
        .put("tradeCount", ticker.tradeCount())
        .put("eventTime", time(ticker.eventTime()))
        .put("receivedAt", time(ticker.receivedAt()));
  }

  private static ObjectNode bookTicker(BookTicker ticker) {
    return Json.object()
        .put("updateId", ticker.updateId())
        .put("bestBidPrice", decimal(ticker.bestBidPrice()))
        .put("bestBidQuantity", decimal(ticker.bestBidQuantity()))
        .put("bestAskPrice", decimal(ticker.bestAskPrice()))
        .put("bestAskQuantity", decimal(ticker.bestAskQuantity()))
        .put("transactionTime", time(ticker.transactionTime()))
        .put("eventTime", time(ticker.eventTime()))
        .put("receivedAt", time(ticker.receivedAt()));
  }

  private static ObjectNode liquidation(Liquidation liquidation) {
    return Json.object()
        .put("side", liquidation.side().name())
        .put("orderType", liquidation.orderType())
        .put("timeInForce", liquidation.timeInForce())
        .put("quantity", decimal(liquidation.quantity()))
        .put("price", decimal(liquidation.price()))
        .put("averagePrice", decimal(liquidation.averagePrice()))
        .put("orderStatus", liquidation.orderStatus())
        .put("lastFilledQuantity", decimal(liquidation.lastFilledQuantity()))
        .put("filledAccumulatedQuantity", decimal(liquidation.filledAccumulatedQuantity()))
        .put("tradeTime", time(liquidation.tradeTime()))
        .put("eventTime", time(liquidation.eventTime()))
        .put("receivedAt", time(liquidation.receivedAt()));
  }
}
