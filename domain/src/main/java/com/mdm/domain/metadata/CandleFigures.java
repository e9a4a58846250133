package com.mdm.domain.metadata;

import com.mdm.domain.market.Candle;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The figures of a one-minute candle two sources can be compared on: open, high, low, close,
 * volume, quote volume and trade count.
 */
public record CandleFigures(
    BigDecimal open,
    BigDecimal high,
    BigDecimal low,
    BigDecimal close,
    BigDecimal volume,
    BigDecimal quoteVolume,
    long tradeCount) {

  public CandleFigures {
    Objects.requireNonNull(open, "open must not be null");
    Objects.requireNonNull(high, "high must not be null");
    Objects.requireNonNull(low, "low must not be null");
    Objects.requireNonNull(close, "close must not be null");
    Objects.requireNonNull(volume, "volume must not be null");
    Objects.requireNonNull(quoteVolume, "quoteVolume must not be null");
    if (tradeCount < 0) {
      throw new IllegalArgumentException("tradeCount must be >= 0 but was " + tradeCount);
    }
  }

  public static CandleFigures of(Candle candle) {
    return new CandleFigures(
        candle.open(),
        candle.high(),
        candle.low(),
        candle.close(),
        candle.volume(),
        candle.quoteVolume(),
        candle.tradeCount());
  }

  /**
   * The names of the figures in which {@code other} differs, decimals compared by value (so {@code
   * 1.50} equals {@code 1.5}); empty when they agree.
   */
  public List<String> differences(CandleFigures other) {
    List<String> differ = new ArrayList<>();
    compare(differ, "open", open, other.open);
    compare(differ, "high", high, other.high);
    compare(differ, "low", low, other.low);
    compare(differ, "close", close, other.close);
    compare(differ, "volume", volume, other.volume);
    compare(differ, "quoteVolume", quoteVolume, other.quoteVolume);
    if (tradeCount != other.tradeCount) {
      differ.add("tradeCount");
    }
    return List.copyOf(differ);
  }

  private static void compare(List<String> differ, String name, BigDecimal a, BigDecimal b) {
    if (a.compareTo(b) != 0) {
      differ.add(name);
    }
  }
}
