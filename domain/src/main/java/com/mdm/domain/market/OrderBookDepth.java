package com.mdm.domain.market;

import static com.mdm.domain.market.Fields.nonNegative;
import static com.mdm.domain.market.Fields.required;
import static com.mdm.domain.market.Fields.time;

import java.time.Instant;
import java.util.List;

/**
 * An order-book depth event keyed by its final update id {@code u}: a diff update (continuity:
 * {@code previousFinalUpdateId} equals the previous event's {@code finalUpdateId}) or a partial
 * snapshot of the top levels.
 *
 * @param previousFinalUpdateId Binance's {@code pu}; null where the source has none
 * @param transactionTime Binance's {@code T}; null where the source has none
 */
public record OrderBookDepth(
    Symbol symbol,
    DepthKind kind,
    long firstUpdateId,
    long finalUpdateId,
    Long previousFinalUpdateId,
    List<PriceLevel> bids,
    List<PriceLevel> asks,
    Instant transactionTime,
    Instant eventTime,
    Instant receivedAt)
    implements MarketEvent {

  public OrderBookDepth {
    required(symbol, "symbol");
    required(kind, "kind");
    nonNegative(firstUpdateId, "firstUpdateId");
    if (finalUpdateId < firstUpdateId) {
      throw new IllegalArgumentException(
          "finalUpdateId " + finalUpdateId + " must be >= firstUpdateId " + firstUpdateId);
    }
    bids = List.copyOf(required(bids, "bids"));
    asks = List.copyOf(required(asks, "asks"));
    if (transactionTime != null) {
      time(transactionTime, "transactionTime");
    }
    time(eventTime, "eventTime");
    time(receivedAt, "receivedAt");
  }

  @Override
  public SeriesKey seriesKey() {
    return SeriesKey.of(SeriesType.DEPTH, symbol);
  }

  @Override
  public Instant seriesTime() {
    return eventTime;
  }

  @Override
  public String keyWithinTime() {
    return kind.name() + ":" + MarketEvent.sortableId(finalUpdateId);
  }
}
