package com.mdm.decoder.binance;

import static com.mdm.decoder.binance.EventFields.decimal;
import static com.mdm.decoder.binance.EventFields.optionalDecimal;
import static com.mdm.decoder.binance.EventFields.symbol;
import static com.mdm.decoder.binance.EventFields.text;
import static com.mdm.decoder.binance.EventTimes.time;
import static com.mdm.decoder.binance.EventTimes.timeOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.mdm.decoder.binance.EventFields.Context;
import com.mdm.domain.market.FundingRate;
import com.mdm.domain.market.MarkPrice;
import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.Symbol;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Maps {@code markPriceUpdate} to a mark price and, for perpetuals, the funding rate it announces
 * for the next funding time {@code T}. Delivery contracts send {@code T} 0 and {@code r} "" or
 * zero: they have no funding, so no funding rate and a null rate and next funding time.
 */
final class MarkPriceEventDecoder {

  private MarkPriceEventDecoder() {}

  static void map(JsonNode event, Context context, List<MarketEvent> out) {
    Symbol symbol = symbol(text(event, "s"), "s");
    BigDecimal markPrice = decimal(event, "p");
    Instant eventTime = time(event, "E", context.latestMillis());
    Instant fundingTime = nextFundingTime(event);
    BigDecimal rate = fundingTime == null ? null : optionalDecimal(event, "r");
    MarkPrice mark =
        new MarkPrice(
            symbol,
            markPrice,
            optionalDecimal(event, "i"),
            optionalDecimal(event, "P"),
            rate,
            fundingTime,
            eventTime,
            context.receivedAt());
    if (rate == null) {
      out.add(mark);
      return;
    }
    FundingRate funding =
        new FundingRate(symbol, fundingTime, rate, markPrice, eventTime, context.receivedAt());
    out.add(mark);
    out.add(funding);
  }

  /** {@code T}, or null when absent or 0; it lies ahead by up to a funding interval. */
  private static Instant nextFundingTime(JsonNode event) {
    JsonNode value = event.get("T");
    if (value == null
        || value.isNull()
        || (value.isIntegralNumber() && value.canConvertToLong() && value.longValue() == 0)) {
      return null;
    }
    return timeOf(value, "T", Long.MAX_VALUE);
  }
}
