package com.mdm.decoder.binance;

import static com.mdm.decoder.binance.EventFields.bool;
import static com.mdm.decoder.binance.EventFields.decimal;
import static com.mdm.decoder.binance.EventFields.integer;
import static com.mdm.decoder.binance.EventFields.object;
import static com.mdm.decoder.binance.EventFields.optionalText;
import static com.mdm.decoder.binance.EventFields.symbol;
import static com.mdm.decoder.binance.EventFields.text;
import static com.mdm.decoder.binance.EventTimes.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.mdm.decoder.binance.EventFields.Context;
import com.mdm.decoder.binance.EventFields.Invalid;
import com.mdm.domain.market.Candle;
import com.mdm.domain.market.Ohlc;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import java.time.Instant;

/** Maps {@code kline} events to candles keyed by their open time {@code k.t}. */
final class KlineEventDecoder {

  private KlineEventDecoder() {}

  static Candle candle(JsonNode event, Context context) {
    Symbol symbol = symbol(text(event, "s"), "s");
    Instant eventTime = time(event, "E", context.latestMillis());
    JsonNode k = object(event, "k");
    try {
      String klineSymbol = optionalText(k, "s");
      if (klineSymbol != null && !klineSymbol.equals(symbol.value())) {
        throw new Invalid(
            RejectReason.INVALID_VALUE,
            "field 's' = '" + klineSymbol + "' differs from the event symbol " + symbol);
      }
      return new Candle(
          symbol,
          timeframe(text(k, "i")),
          time(k, "t", context.latestMillis()),
          // an open candle closes in the future (a month ahead for 1M): no skew bound here
          time(k, "T", Long.MAX_VALUE),
          new Ohlc(decimal(k, "o"), decimal(k, "h"), decimal(k, "l"), decimal(k, "c")),
          decimal(k, "v"),
          decimal(k, "q"),
          integer(k, "n"),
          decimal(k, "V"),
          decimal(k, "Q"),
          bool(k, "x"),
          eventTime,
          context.receivedAt());
    } catch (Invalid e) {
      throw e.within("in 'k'");
    }
  }

  private static Timeframe timeframe(String code) {
    try {
      return Timeframe.of(code);
    } catch (IllegalArgumentException e) {
      throw new Invalid(RejectReason.INVALID_VALUE, "field 'i': " + e.getMessage());
    }
  }
}
