package com.mdm.domain.market;

import static com.mdm.domain.market.Fields.nonNegative;
import static com.mdm.domain.market.Fields.positive;
import static com.mdm.domain.market.Fields.required;
import static com.mdm.domain.market.Fields.time;

import java.math.BigDecimal;
import java.time.Instant;

/** An aggregate trade ({@code aggTrade}), keyed by its aggregate id {@code a}. */
public record AggregateTrade(
    Symbol symbol,
    long aggregateTradeId,
    BigDecimal price,
    BigDecimal quantity,
    long firstTradeId,
    long lastTradeId,
    boolean buyerIsMaker,
    Instant tradeTime,
    Instant eventTime,
    Instant receivedAt)
    implements MarketEvent {

  public AggregateTrade {
    required(symbol, "symbol");
    nonNegative(aggregateTradeId, "aggregateTradeId");
    positive(price, "price");
    nonNegative(quantity, "quantity");
    nonNegative(firstTradeId, "firstTradeId");
    if (lastTradeId < firstTradeId) {
      throw new IllegalArgumentException(
          "lastTradeId " + lastTradeId + " must be >= firstTradeId " + firstTradeId);
    }
    time(tradeTime, "tradeTime");
    time(eventTime, "eventTime");
    time(receivedAt, "receivedAt");
  }

  @Override
  public SeriesKey seriesKey() {
    return SeriesKey.of(SeriesType.AGG_TRADES, symbol);
  }

  @Override
  public Instant seriesTime() {
    return tradeTime;
  }

  @Override
  public String keyWithinTime() {
    return MarketEvent.sortableId(aggregateTradeId);
  }
}
