package com.mdm.decoder.binance;

import com.fasterxml.jackson.databind.JsonNode;
import com.mdm.decoder.binance.EventFields.Context;
import com.mdm.decoder.binance.EventFields.Invalid;
import com.mdm.domain.market.DepthKind;
import com.mdm.domain.market.MarketEvent;
import java.util.List;

/**
 * Routes one Binance event, or each element of an array of them, to its mapper by the event type
 * {@code e}, turning every failure into a rejection so that one bad element spares the others.
 */
final class BinanceEventRouter {

  private static final int MAX_DETAIL_CHARS = 500;

  private BinanceEventRouter() {}

  static void mapArray(
      JsonNode array,
      String name,
      Context context,
      List<MarketEvent> events,
      List<Rejection> rejections) {
    if (array.isEmpty()) {
      String field = name.isEmpty() ? "the payload" : "field '" + name + "'";
      throw new Invalid(RejectReason.MISSING_FIELD, field + " is an empty array: no event in it");
    }
    for (int i = 0; i < array.size(); i++) {
      JsonNode element = array.get(i);
      String where = name + "[" + i + "] ";
      if (element.isObject()) {
        map(element, where, context, events, rejections);
      } else {
        rejections.add(
            rejection(
                RejectReason.MALFORMED_JSON,
                where + "must be a JSON object but was " + element.getNodeType()));
      }
    }
  }

  /** Maps one event; {@code where} prefixes a rejection's detail, e.g. {@code data[1] }. */
  static void map(
      JsonNode event,
      String where,
      Context context,
      List<MarketEvent> events,
      List<Rejection> rejections) {
    String type = "";
    try {
      JsonNode typeNode = event.get("e");
      if (typeNode == null || typeNode.isNull()) {
        if (!DepthEventDecoder.isSnapshot(event)) {
          String stream = context.stream();
          throw new Invalid(
              RejectReason.UNKNOWN_EVENT_TYPE,
              "missing event type 'e'" + (stream == null ? "" : " on stream '" + stream + "'"));
        }
        type = "depth snapshot: ";
        events.add(DepthEventDecoder.snapshot(event, context));
        return;
      }
      if (!typeNode.isTextual()) {
        throw new Invalid(
            RejectReason.UNKNOWN_EVENT_TYPE,
            "event type 'e' must be a string but was " + EventFields.show(typeNode));
      }
      String name = typeNode.textValue();
      type = name + ": ";
      switch (name) {
        case "trade" -> events.add(TradeEventDecoder.trade(event, context));
        case "aggTrade" -> events.add(TradeEventDecoder.aggregateTrade(event, context));
        case "kline" -> events.add(KlineEventDecoder.candle(event, context));
        case "depthUpdate" ->
            events.add(DepthEventDecoder.depthUpdate(event, context, depthKind(context)));
        case "markPriceUpdate" -> MarkPriceEventDecoder.map(event, context, events);
        case "24hrTicker" -> events.add(TickerEventDecoder.ticker(event, context));
        case "24hrMiniTicker" -> events.add(TickerEventDecoder.miniTicker(event, context));
        case "bookTicker" -> events.add(TickerEventDecoder.bookTicker(event, context));
        case "forceOrder" -> events.add(LiquidationEventDecoder.liquidation(event, context));
        default -> {
          type = "";
          throw new Invalid(
              RejectReason.UNKNOWN_EVENT_TYPE,
              "event type " + EventFields.show(typeNode) + " is not one this service decodes");
        }
      }
    } catch (Invalid e) {
      rejections.add(rejection(e.reason(), where + type + e.getMessage()));
    } catch (IllegalArgumentException e) {
      // the domain records refuse values they cannot hold, naming the field
      rejections.add(rejection(RejectReason.INVALID_VALUE, where + type + e.getMessage()));
    } catch (RuntimeException e) {
      rejections.add(
          rejection(RejectReason.INVALID_VALUE, where + type + "unexpected failure: " + e));
    }
  }

  /** Partial only on a trusted {@code @depth5/10/20} stream; a depthUpdate is otherwise a diff. */
  private static DepthKind depthKind(Context context) {
    return context.streamTrusted() && DepthEventDecoder.isPartialStream(context.stream())
        ? DepthKind.PARTIAL
        : DepthKind.DIFF;
  }

  /** A rejection whose detail is one bounded line, safe for logs and message headers. */
  static Rejection rejection(RejectReason reason, String detail) {
    String text =
        detail.length() > MAX_DETAIL_CHARS ? detail.substring(0, MAX_DETAIL_CHARS) + "..." : detail;
    StringBuilder clean = null;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isISOControl(text.charAt(i))) {
        if (clean == null) {
          clean = new StringBuilder(text);
        }
        clean.setCharAt(i, ' ');
      }
    }
    return new Rejection(reason, clean == null ? text : clean.toString());
  }
}
