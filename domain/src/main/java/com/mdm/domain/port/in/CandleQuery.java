package com.mdm.domain.port.in;

import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import java.time.Instant;
import java.util.Objects;

/**
 * One page of candles of any timeframe, whose open time lies in {@code [start, end)}.
 *
 * @param start null for the beginning of the series
 * @param end null for no upper bound
 * @param limit null for the service's default page size
 * @param cursor null for the first page, else the {@code nextCursor} of the previous page
 */
public record CandleQuery(
    Symbol symbol,
    Timeframe timeframe,
    Instant start,
    Instant end,
    Integer limit,
    SortOrder order,
    String cursor) {

  public CandleQuery {
    Objects.requireNonNull(symbol, "symbol must not be null");
    Objects.requireNonNull(timeframe, "timeframe must not be null");
    Objects.requireNonNull(order, "order must not be null");
  }
}
