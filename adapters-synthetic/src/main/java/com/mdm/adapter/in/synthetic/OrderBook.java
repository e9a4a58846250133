package com.mdm.adapter.in.synthetic;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A symbol's order book: {@link #LEVELS} levels a side, one tick apart, the best ask one tick above
 * the best bid, so it is never crossed. Every change takes the next update id and is remembered
 * until the next diff depth event drains them; the diffs thus chain ({@code pu} = previous {@code
 * u}) and a consumer applying them keeps the book.
 */
final class OrderBook {

  static final int LEVELS = 20;

  private final RandomGenerator random;
  private final long typicalQuantity;
  private final BookSide bids = new BookSide(true);
  private final BookSide asks = new BookSide(false);
  private long updateId;
  private DepthDiff lastDiff;

  OrderBook(long bestBid, long lastUpdateId, long typicalQuantity, RandomGenerator random) {
    this.random = random;
    this.typicalQuantity = typicalQuantity;
    this.updateId = lastUpdateId;
    this.lastDiff =
        new DepthDiff(lastUpdateId, lastUpdateId, lastUpdateId - 1, List.of(), List.of());
    for (int i = 0; i < LEVELS; i++) {
      bids.seed(bestBid - i, restingQuantity());
      asks.seed(bestBid + 1 + i, restingQuantity());
    }
  }

  /** Moves the book so that {@code bestBid} is the best bid, removing and adding levels. */
  void moveTo(long bestBid) {
    long bestAsk = bestBid + 1;
    bids.outside(bestBid, LEVELS).forEach(price -> change(bids, price, 0));
    asks.outside(bestAsk, LEVELS).forEach(price -> change(asks, price, 0));
    for (int i = 0; i < LEVELS; i++) {
      if (!bids.has(bestBid - i)) {
        change(bids, bestBid - i, restingQuantity());
      }
      if (!asks.has(bestAsk + i)) {
        change(asks, bestAsk + i, restingQuantity());
      }
    }
  }

  /** A taker order of {@code quantity} units takes liquidity from the top of the other side. */
  void take(boolean buyerIsTaker, long quantity) {
    BookSide side = buyerIsTaker ? asks : bids;
    long left = side.bestQuantity() - quantity;
    // a level taken out is at once refilled by a new resting order, keeping the book whole
    change(side, side.best(), left > 0 ? left : restingQuantity());
  }

  /** Resting orders placed and cancelled: one to three levels change their quantity. */
  void churn() {
    int changes = 1 + random.nextInt(3);
    for (int i = 0; i < changes; i++) {
      boolean bid = random.nextBoolean();
      long price = bid ? bestBid() - random.nextInt(LEVELS) : bestAsk() + random.nextInt(LEVELS);
      change(bid ? bids : asks, price, restingQuantity());
    }
  }

  /** The changes since the last diff, as the next diff event; forgets them. */
  DepthDiff drainDiff() {
    long previous = lastDiff.finalUpdateId();
    lastDiff =
        new DepthDiff(previous + 1, updateId, previous, bids.drainChanges(), asks.drainChanges());
    return lastDiff;
  }

  /** The last diff drained, whose ids a partial snapshot taken now carries. */
  DepthDiff lastDiff() {
    return lastDiff;
  }

  /** The best {@code n} bids, highest first. */
  List<long[]> topBids(int n) {
    return bids.top(n);
  }

  /** The best {@code n} asks, lowest first. */
  List<long[]> topAsks(int n) {
    return asks.top(n);
  }

  long bestBid() {
    return bids.best();
  }

  long bestAsk() {
    return asks.best();
  }

  long bestBidQuantity() {
    return bids.bestQuantity();
  }

  long bestAskQuantity() {
    return asks.bestQuantity();
  }

  /** The id of the latest change. */
  long updateId() {
    return updateId;
  }

  private void change(BookSide side, long price, long quantity) {
    side.set(price, quantity);
    updateId++;
  }

  private long restingQuantity() {
    return 1 + random.nextLong(typicalQuantity * 8);
  }
}
