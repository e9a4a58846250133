package com.mdm.adapter.in.http;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.util.StdConverter;
import com.mdm.domain.market.Candle;
import com.mdm.domain.market.Ohlc;

/**
 * Jackson mix-ins that answer each market record with its own component names, in their order,
 * leaving out what the page already names (the pair; for candles also the period and when the
 * candle was received), so the domain records stay free of Jackson.
 */
final class MarketMixins {

  private MarketMixins() {}

  /** Every market record: the page names the pair. */
  @JsonIgnoreProperties("symbol")
  interface Event {}

  /** Candles and mark-price candles: the page names the period too, and times are of the bar. */
  @JsonIgnoreProperties({"symbol", "timeframe", "eventTime", "receivedAt"})
  interface CandleFields {
    /** Open, high, low and close stand among the bar's own fields, as they always did. */
    @JsonUnwrapped
    Ohlc ohlc();
  }

  /** A served candle: its fields, then {@code incomplete}. */
  abstract static class Bar {
    @JsonUnwrapped
    abstract Candle candle();
  }

  /** A ticker names its kind, {@code full} or {@code mini}, where the record has the flag. */
  abstract static class TickerKind {
    @JsonProperty("kind")
    @JsonSerialize(converter = Kind.class)
    abstract boolean mini();
  }

  /** A price level is the pair {@code [price, quantity]}. */
  @JsonFormat(shape = JsonFormat.Shape.ARRAY)
  interface Level {}

  private static final class Kind extends StdConverter<Boolean, String> {
    @Override
    public String convert(Boolean mini) {
      return mini ? "mini" : "full";
    }
  }
}
