package com.mdm.decoder.binance;

import static com.mdm.decoder.binance.EventFields.bool;
import static com.mdm.decoder.binance.EventFields.decimal;
import static com.mdm.decoder.binance.EventFields.integer;
import static com.mdm.decoder.binance.EventFields.optionalText;
import static com.mdm.decoder.binance.EventFields.symbol;
import static com.mdm.decoder.binance.EventFields.text;
import static com.mdm.decoder.binance.EventTimes.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.mdm.decoder.binance.EventFields.Context;
import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.Trade;

/** Maps {@code trade} and {@code aggTrade} events. */
final class TradeEventDecoder {

  private TradeEventDecoder() {}

  /**
   * A {@code trade}, keyed by {@code t}; {@code X} is absent in frames from 2019 and reads null.
   */
  static Trade trade(JsonNode event, Context context) {
    return new Trade(
        symbol(text(event, "s"), "s"),
        integer(event, "t"),
        decimal(event, "p"),
        decimal(event, "q"),
        bool(event, "m"),
        optionalText(event, "X"),
        time(event, "T", context.latestMillis()),
        time(event, "E", context.latestMillis()),
        context.receivedAt());
  }

  /** An {@code aggTrade}, keyed by {@code a}; early frames without {@code a} are refused. */
  static AggregateTrade aggregateTrade(JsonNode event, Context context) {
    return new AggregateTrade(
        symbol(text(event, "s"), "s"),
        integer(event, "a"),
        decimal(event, "p"),
        decimal(event, "q"),
        integer(event, "f"),
        integer(event, "l"),
        bool(event, "m"),
        time(event, "T", context.latestMillis()),
        time(event, "E", context.latestMillis()),
        context.receivedAt());
  }
}
