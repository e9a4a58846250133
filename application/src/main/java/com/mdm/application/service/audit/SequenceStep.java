package com.mdm.application.service.audit;

import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.OrderBookDepth;
import com.mdm.domain.market.Trade;
import java.time.Instant;

/**
 * One record of a sequenced series reduced to what continuity needs: its own id and the id the
 * record before it must have had ({@code link}).
 *
 * @param firstTradeId for aggregate trades {@code f}, else -1
 * @param lastTradeId for aggregate trades {@code l}, else -1
 */
record SequenceStep(Instant time, long link, long id, long firstTradeId, long lastTradeId) {

  /** Aggregate ids are consecutive: {@code a} follows {@code a - 1}. */
  static SequenceStep of(AggregateTrade trade) {
    long id = trade.aggregateTradeId();
    return new SequenceStep(
        trade.tradeTime(), id - 1, id, trade.firstTradeId(), trade.lastTradeId());
  }

  static SequenceStep of(Trade trade) {
    return new SequenceStep(trade.tradeTime(), trade.tradeId() - 1, trade.tradeId(), -1, -1);
  }

  /** A diff event continues the one whose {@code u} equals its {@code pu}; null without a pu. */
  static SequenceStep of(OrderBookDepth depth) {
    if (depth.previousFinalUpdateId() == null) {
      return null;
    }
    return new SequenceStep(
        depth.eventTime(), depth.previousFinalUpdateId(), depth.finalUpdateId(), -1, -1);
  }
}
