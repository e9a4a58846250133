package com.mdm.decoder.binance;

import static com.mdm.decoder.binance.EventFields.decimalOf;
import static com.mdm.decoder.binance.EventFields.integer;
import static com.mdm.decoder.binance.EventFields.optionalInteger;
import static com.mdm.decoder.binance.EventFields.required;
import static com.mdm.decoder.binance.EventFields.symbol;
import static com.mdm.decoder.binance.EventFields.text;
import static com.mdm.decoder.binance.EventTimes.optionalTime;
import static com.mdm.decoder.binance.EventTimes.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.mdm.decoder.binance.EventFields.Context;
import com.mdm.decoder.binance.EventFields.Invalid;
import com.mdm.domain.market.DepthKind;
import com.mdm.domain.market.OrderBookDepth;
import com.mdm.domain.market.PriceLevel;
import com.mdm.domain.market.Symbol;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Maps order-book depth: the futures {@code depthUpdate} form (diff, or partial when it arrived on
 * a {@code @depth5/10/20} stream) and the spot-like partial form {@code lastUpdateId/bids/asks},
 * which names no symbol and so takes it from the stream name.
 */
final class DepthEventDecoder {

  private static final String DEPTH = "@depth";

  private DepthEventDecoder() {}

  /** A futures {@code depthUpdate}; the caller tells its kind from the stream name. */
  static OrderBookDepth depthUpdate(JsonNode event, Context context, DepthKind kind) {
    int max = context.maxDepthLevels();
    return new OrderBookDepth(
        symbol(text(event, "s"), "s"),
        kind,
        integer(event, "U"),
        integer(event, "u"),
        optionalInteger(event, "pu"),
        levels(event, "b", max),
        levels(event, "a", max),
        optionalTime(event, "T", context.latestMillis()),
        time(event, "E", context.latestMillis()),
        context.receivedAt());
  }

  /**
   * A spot-like partial snapshot. It carries one update id, used as first and final id, and no
   * previous id. It usually carries no time either: the event time is then the receive time, the
   * only time there is for it.
   */
  static OrderBookDepth snapshot(JsonNode event, Context context) {
    Symbol symbol = streamSymbol(context.stream());
    long updateId = integer(event, "lastUpdateId");
    int max = context.maxDepthLevels();
    List<PriceLevel> bids = levels(event, "bids", max);
    List<PriceLevel> asks = levels(event, "asks", max);
    Instant eventTime = optionalTime(event, "E", context.latestMillis());
    return new OrderBookDepth(
        symbol,
        DepthKind.PARTIAL,
        updateId,
        updateId,
        null,
        bids,
        asks,
        optionalTime(event, "T", context.latestMillis()),
        eventTime == null ? context.receivedAt() : eventTime,
        context.receivedAt());
  }

  /** Whether the event is the spot-like snapshot form (no {@code e}, a {@code lastUpdateId}). */
  static boolean isSnapshot(JsonNode event) {
    return event.has("lastUpdateId") && (event.has("bids") || event.has("asks"));
  }

  /** Whether the stream is a partial-depth stream: {@code <symbol>@depth<N>[@<speed>]}. */
  static boolean isPartialStream(String stream) {
    if (stream == null) {
      return false;
    }
    int at = stream.indexOf(DEPTH);
    int next = at + DEPTH.length();
    return at > 0 && next < stream.length() && Character.isDigit(stream.charAt(next));
  }

  private static Symbol streamSymbol(String stream) {
    if (stream == null) {
      throw new Invalid(
          RejectReason.MISSING_FIELD,
          "missing field 'stream': a depth snapshot without 'e' names its symbol only there");
    }
    int at = stream.indexOf(DEPTH);
    if (at <= 0) {
      throw new Invalid(
          RejectReason.UNKNOWN_EVENT_TYPE,
          "a depth snapshot without 'e' arrived on stream '" + stream + "', not a depth stream");
    }
    return symbol(stream.substring(0, at).toUpperCase(Locale.ROOT), "stream");
  }

  private static List<PriceLevel> levels(JsonNode event, String field, int max) {
    JsonNode side = required(event, field);
    if (!side.isArray()) {
      throw EventFields.invalidValue(field, "an array of [price, quantity]", side);
    }
    int size = side.size();
    if (size > max) {
      throw new Invalid(
          RejectReason.TOO_MANY_LEVELS,
          "field '" + field + "' has " + size + " levels, more than the limit of " + max);
    }
    PriceLevel[] levels = new PriceLevel[size];
    for (int i = 0; i < size; i++) {
      JsonNode level = side.get(i);
      try {
        if (!level.isArray() || level.size() < 2) {
          throw EventFields.invalidValue("level", "[price, quantity]", level);
        }
        levels[i] =
            new PriceLevel(decimalOf(level.get(0), "price"), decimalOf(level.get(1), "quantity"));
      } catch (Invalid e) {
        throw e.within(field + "[" + i + "]");
      } catch (IllegalArgumentException e) {
        throw new Invalid(RejectReason.INVALID_VALUE, field + "[" + i + "]: " + e.getMessage());
      }
    }
    return Arrays.asList(levels);
  }
}
