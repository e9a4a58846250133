package com.mdm.adapter.in.synthetic;

import static com.mdm.adapter.in.synthetic.SyntheticEventType.AGG_TRADE;
import static com.mdm.adapter.in.synthetic.SyntheticEventType.BOOK_TICKER;
import static com.mdm.adapter.in.synthetic.SyntheticEventType.FORCE_ORDER;
import static com.mdm.adapter.in.synthetic.SyntheticEventType.TRADE;

import com.mdm.domain.market.Symbol;
import java.util.List;

/**
 * Writes one symbol's {@code trade}, {@code aggTrade}, {@code bookTicker} and {@code forceOrder}
 * events with Binance's field names and order; prices and quantities are strings, ids and times
 * numbers.
 */
final class TradeFrames {

  private final SymbolSpec spec;
  private final Symbol symbol;
  private final FrameWriter writer;

  TradeFrames(SymbolSpec spec, FrameWriter writer) {
    this.spec = spec;
    this.symbol = spec.symbol();
    this.writer = writer;
  }

  SyntheticFrame trade(Fill fill) {
    return writer.envelope(
        TRADE,
        symbol,
        fill.time(),
        json -> {
          json.writeStartObject();
          json.writeStringField("e", TRADE.binanceName());
          json.writeNumberField("E", fill.time());
          json.writeNumberField("T", fill.time());
          json.writeStringField("s", symbol.value());
          json.writeNumberField("t", fill.tradeId());
          json.writeStringField("p", spec.priceText(fill.priceTicks()));
          json.writeStringField("q", spec.quantityText(fill.quantity()));
          json.writeStringField("X", "MARKET");
          json.writeBooleanField("m", fill.buyerIsMaker());
          json.writeEndObject();
        });
  }

  /** The aggregate of a taker order's fills, which share one price. */
  SyntheticFrame aggregateTrade(long aggregateId, List<Fill> fills) {
    Fill first = fills.getFirst();
    long quantity = fills.stream().mapToLong(Fill::quantity).sum();
    return writer.envelope(
        AGG_TRADE,
        symbol,
        first.time(),
        json -> {
          json.writeStartObject();
          json.writeStringField("e", AGG_TRADE.binanceName());
          json.writeNumberField("E", first.time());
          json.writeNumberField("a", aggregateId);
          json.writeStringField("s", symbol.value());
          json.writeStringField("p", spec.priceText(first.priceTicks()));
          json.writeStringField("q", spec.quantityText(quantity));
          json.writeNumberField("f", first.tradeId());
          json.writeNumberField("l", fills.getLast().tradeId());
          json.writeNumberField("T", first.time());
          json.writeBooleanField("m", first.buyerIsMaker());
          json.writeEndObject();
        });
  }

  SyntheticFrame bookTicker(long time, OrderBook book) {
    return writer.envelope(
        BOOK_TICKER,
        symbol,
        time,
        json -> {
          json.writeStartObject();
          json.writeStringField("e", BOOK_TICKER.binanceName());
          json.writeNumberField("u", book.updateId());
          json.writeStringField("s", symbol.value());
          json.writeStringField("b", spec.priceText(book.bestBid()));
          json.writeStringField("B", spec.quantityText(book.bestBidQuantity()));
          json.writeStringField("a", spec.priceText(book.bestAsk()));
          json.writeStringField("A", spec.quantityText(book.bestAskQuantity()));
          json.writeNumberField("T", time - 2);
          json.writeNumberField("E", time);
          json.writeEndObject();
        });
  }

  /**
   * A filled liquidation order, as a Binance combined-stream frame: the producer reads the symbol
   * only from the top-level {@code s}, which a forceOrder lacks (it sits in {@code o}), and so
   * drops every liquidation instead of publishing it.
   */
  SyntheticFrame forceOrder(
      long time, boolean sell, long priceTicks, long averageTicks, long quantity, long last) {
    return writer.combined(
        FORCE_ORDER,
        symbol,
        ProducerStreams.binanceStream(symbol, "forceOrder"),
        time,
        json -> {
          json.writeStartObject();
          json.writeStringField("e", FORCE_ORDER.binanceName());
          json.writeNumberField("E", time);
          json.writeObjectFieldStart("o");
          json.writeStringField("s", symbol.value());
          json.writeStringField("S", sell ? "SELL" : "BUY");
          json.writeStringField("o", "LIMIT");
          json.writeStringField("f", "IOC");
          json.writeStringField("q", spec.quantityText(quantity));
          json.writeStringField("p", spec.priceText(priceTicks));
          json.writeStringField("ap", spec.priceText(averageTicks));
          json.writeStringField("X", "FILLED");
          json.writeStringField("l", spec.quantityText(last));
          json.writeStringField("z", spec.quantityText(quantity));
          json.writeNumberField("T", time - 4);
          json.writeEndObject();
          json.writeEndObject();
        });
  }
}
