package com.mdm.decoder.binance;

import static com.mdm.decoder.binance.EventFields.decimal;
import static com.mdm.decoder.binance.EventFields.object;
import static com.mdm.decoder.binance.EventFields.optionalText;
import static com.mdm.decoder.binance.EventFields.symbol;
import static com.mdm.decoder.binance.EventFields.text;
import static com.mdm.decoder.binance.EventTimes.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.mdm.decoder.binance.EventFields.Context;
import com.mdm.decoder.binance.EventFields.Invalid;
import com.mdm.domain.market.Liquidation;
import com.mdm.domain.market.Side;
import java.time.Instant;

/** Maps {@code forceOrder}: the order sits in {@code o}, the event time outside it. */
final class LiquidationEventDecoder {

  private LiquidationEventDecoder() {}

  static Liquidation liquidation(JsonNode event, Context context) {
    Instant eventTime = time(event, "E", context.latestMillis());
    JsonNode order = object(event, "o");
    try {
      return new Liquidation(
          symbol(text(order, "s"), "s"),
          side(text(order, "S")),
          text(order, "o"),
          optionalText(order, "f"),
          decimal(order, "q"),
          decimal(order, "p"),
          decimal(order, "ap"),
          text(order, "X"),
          decimal(order, "l"),
          decimal(order, "z"),
          time(order, "T", context.latestMillis()),
          eventTime,
          context.receivedAt());
    } catch (Invalid e) {
      throw e.within("in 'o'");
    }
  }

  private static Side side(String value) {
    try {
      return Side.of(value);
    } catch (IllegalArgumentException e) {
      throw new Invalid(RejectReason.INVALID_VALUE, "field 'S': " + e.getMessage());
    }
  }
}
