package com.mdm.domain.port.in;

import com.mdm.domain.market.Timeframe;
import java.util.List;
import java.util.Objects;

/**
 * One page of candles.
 *
 * @param derived true when the candles were rolled up from a finer stored timeframe
 * @param sourceTimeframe the stored timeframe the candles come from; null when none is stored
 * @param nextCursor opaque position after the last candle; null when there is nothing after it
 */
public record CandlePage(
    List<CandleBar> candles, boolean derived, Timeframe sourceTimeframe, String nextCursor) {

  public CandlePage {
    candles = List.copyOf(Objects.requireNonNull(candles, "candles must not be null"));
  }
}
