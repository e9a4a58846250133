package com.mdm.domain.market;

import static com.mdm.domain.market.Fields.nonNegative;
import static com.mdm.domain.market.Fields.positive;
import static com.mdm.domain.market.Fields.required;
import static com.mdm.domain.market.Fields.time;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Best bid and ask ({@code bookTicker}), keyed by its order-book update id {@code u}.
 *
 * @param transactionTime {@code T}; null in frames that predate it
 */
public record BookTicker(
    Symbol symbol,
    long updateId,
    BigDecimal bestBidPrice,
    BigDecimal bestBidQuantity,
    BigDecimal bestAskPrice,
    BigDecimal bestAskQuantity,
    Instant transactionTime,
    Instant eventTime,
    Instant receivedAt)
    implements MarketEvent {

  public BookTicker {
    required(symbol, "symbol");
    nonNegative(updateId, "updateId");
    positive(bestBidPrice, "bestBidPrice");
    nonNegative(bestBidQuantity, "bestBidQuantity");
    positive(bestAskPrice, "bestAskPrice");
    nonNegative(bestAskQuantity, "bestAskQuantity");
    if (transactionTime != null) {
      time(transactionTime, "transactionTime");
    }
    time(eventTime, "eventTime");
    time(receivedAt, "receivedAt");
  }

  /** Whether the best bid is below the best ask, as a sound book requires. */
  public boolean isUncrossed() {
    return bestBidPrice.compareTo(bestAskPrice) < 0;
  }

  @Override
  public SeriesKey seriesKey() {
    return SeriesKey.of(SeriesType.BOOK_TICKERS, symbol);
  }

  @Override
  public Instant seriesTime() {
    return eventTime;
  }

  @Override
  public String keyWithinTime() {
    return MarketEvent.sortableId(updateId);
  }
}
