package com.mdm.decoder.binance;

import static com.mdm.decoder.binance.EventFields.decimal;
import static com.mdm.decoder.binance.EventFields.integer;
import static com.mdm.decoder.binance.EventFields.symbol;
import static com.mdm.decoder.binance.EventFields.text;
import static com.mdm.decoder.binance.EventTimes.optionalTime;
import static com.mdm.decoder.binance.EventTimes.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.mdm.decoder.binance.EventFields.Context;
import com.mdm.decoder.binance.EventFields.Invalid;
import com.mdm.domain.market.BookTicker;
import com.mdm.domain.market.Ticker;
import java.time.Instant;

/** Maps {@code 24hrTicker}, {@code 24hrMiniTicker} and {@code bookTicker} events. */
final class TickerEventDecoder {

  private TickerEventDecoder() {}

  /** A full 24-hour ticker; every field Binance sends in it is required. */
  static Ticker ticker(JsonNode event, Context context) {
    long latest = context.latestMillis();
    return new Ticker(
        symbol(text(event, "s"), "s"),
        false,
        decimal(event, "o"),
        decimal(event, "h"),
        decimal(event, "l"),
        decimal(event, "c"),
        decimal(event, "v"),
        decimal(event, "q"),
        decimal(event, "p"),
        decimal(event, "P"),
        decimal(event, "w"),
        decimal(event, "Q"),
        time(event, "O", latest),
        time(event, "C", latest),
        integer(event, "F"),
        integer(event, "L"),
        integer(event, "n"),
        time(event, "E", latest),
        context.receivedAt());
  }

  /** A mini ticker: OHLC and volumes only, the full ticker's other fields null. */
  static Ticker miniTicker(JsonNode event, Context context) {
    return new Ticker(
        symbol(text(event, "s"), "s"),
        true,
        decimal(event, "o"),
        decimal(event, "h"),
        decimal(event, "l"),
        decimal(event, "c"),
        decimal(event, "v"),
        decimal(event, "q"),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        time(event, "E", context.latestMillis()),
        context.receivedAt());
  }

  /**
   * Best bid and ask keyed by {@code u}. Older frames may lack {@code E} or {@code T}: the event
   * time falls back to {@code T}; a frame with neither has no exchange time and is refused rather
   * than stamped with the receive time.
   */
  static BookTicker bookTicker(JsonNode event, Context context) {
    Instant transactionTime = optionalTime(event, "T", context.latestMillis());
    Instant eventTime = optionalTime(event, "E", context.latestMillis());
    if (eventTime == null) {
      if (transactionTime == null) {
        throw new Invalid(RejectReason.MISSING_FIELD, "missing field 'E' (and 'T')");
      }
      eventTime = transactionTime;
    }
    return new BookTicker(
        symbol(text(event, "s"), "s"),
        integer(event, "u"),
        decimal(event, "b"),
        decimal(event, "B"),
        decimal(event, "a"),
        decimal(event, "A"),
        transactionTime,
        eventTime,
        context.receivedAt());
  }
}
