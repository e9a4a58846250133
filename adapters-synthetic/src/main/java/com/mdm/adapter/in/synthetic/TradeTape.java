package com.mdm.adapter.in.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Numbers a symbol's trades and aggregate trades, each from its own consecutive sequence, and
 * splits a taker order into its fills: one in four orders fills against 2–4 resting orders.
 */
final class TradeTape {

  /** The mean number of fills per taker order, from the draw below. */
  static final double MEAN_FILLS = 1.5;

  private final SymbolSpec spec;
  private long nextTradeId;
  private long nextAggregateId;

  TradeTape(SymbolSpec spec, long firstTradeId, long firstAggregateId) {
    this.spec = spec;
    this.nextTradeId = firstTradeId;
    this.nextAggregateId = firstAggregateId;
  }

  /** The fills of one taker order at {@code priceTicks}; all share its time and price. */
  List<Fill> fills(long time, long priceTicks, boolean buyerIsMaker, RandomGenerator random) {
    int count = random.nextInt(4) == 0 ? 2 + random.nextInt(3) : 1;
    List<Fill> fills = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      long quantity = 1 + random.nextLong(2 * spec.typicalQuantity());
      fills.add(
          new Fill(
              nextTradeId++,
              time,
              priceTicks,
              quantity,
              buyerIsMaker,
              spec.price(priceTicks).multiply(spec.quantity(quantity))));
    }
    return fills;
  }

  /** The id of the next aggregate trade; consecutive, whether or not its frame is sent. */
  long nextAggregateId() {
    return nextAggregateId++;
  }
}
