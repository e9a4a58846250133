package com.mdm.domain.port.in;

import com.mdm.domain.market.Candle;
import java.util.Objects;

/**
 * A candle as served: stored, or rolled up from finer stored candles.
 *
 * @param incomplete true when the candle is still open or, when rolled up, lacks any of the finer
 *     candles its period should hold
 */
public record CandleBar(Candle candle, boolean incomplete) {

  public CandleBar {
    Objects.requireNonNull(candle, "candle must not be null");
  }
}
