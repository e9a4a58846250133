package com.mdm.domain.port.in;

import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.BackfillDataType;
import java.time.Instant;
import java.util.Objects;

/**
 * A request to fetch one range of one series from the exchange.
 *
 * @param timeframe required for candle types, null otherwise
 */
public record BackfillRequest(
    Symbol symbol,
    BackfillDataType dataType,
    Timeframe timeframe,
    Instant startTime,
    Instant endTime,
    int priority) {

  public BackfillRequest {
    Objects.requireNonNull(symbol, "symbol must not be null");
    Objects.requireNonNull(dataType, "dataType must not be null");
    Objects.requireNonNull(startTime, "startTime must not be null");
    Objects.requireNonNull(endTime, "endTime must not be null");
    if (!endTime.isAfter(startTime)) {
      throw new IllegalArgumentException(
          "endTime " + endTime + " must be after startTime " + startTime);
    }
    boolean candles = dataType.requiresTimeframe();
    if (candles && timeframe == null) {
      throw new IllegalArgumentException("timeframe is required for " + dataType);
    }
    if (!candles && timeframe != null) {
      throw new IllegalArgumentException("timeframe is not allowed for " + dataType);
    }
  }
}
