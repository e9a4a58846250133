package com.mdm.adapter.in.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One side of a book: its levels (price ticks to quantity units) and the latest quantity of every
 * level changed since the last diff, zero where the level went.
 */
final class BookSide {

  private final boolean bids;
  private final TreeMap<Long, Long> levels = new TreeMap<>();
  private final TreeMap<Long, Long> changed = new TreeMap<>();

  BookSide(boolean bids) {
    this.bids = bids;
  }

  /** Sets a level, remembering the change; a quantity of zero removes it. */
  void set(long price, long quantity) {
    if (quantity == 0) {
      levels.remove(price);
    } else {
      levels.put(price, quantity);
    }
    changed.put(price, quantity);
  }

  /** Sets a level of the book as it was before the first diff, not a change. */
  void seed(long price, long quantity) {
    levels.put(price, quantity);
  }

  boolean has(long price) {
    return levels.containsKey(price);
  }

  /** The levels not within {@code depth} ticks of {@code best}, on either side of it. */
  List<Long> outside(long best, int depth) {
    long worst = bids ? best - depth + 1 : best + depth - 1;
    return levels.keySet().stream()
        .filter(price -> price < Math.min(best, worst) || price > Math.max(best, worst))
        .toList();
  }

  long best() {
    return bids ? levels.lastKey() : levels.firstKey();
  }

  long bestQuantity() {
    return levels.get(best());
  }

  /** The changes since the last call, in ascending price; forgets them. */
  List<long[]> drainChanges() {
    List<long[]> changes = pairs(changed, changed.size());
    changed.clear();
    return changes;
  }

  /** The best {@code n} levels, best first. */
  List<long[]> top(int n) {
    return pairs(bids ? levels.descendingMap() : levels, n);
  }

  private static List<long[]> pairs(NavigableMap<Long, Long> ordered, int n) {
    List<long[]> pairs = new ArrayList<>(Math.min(n, ordered.size()));
    for (Map.Entry<Long, Long> level : ordered.entrySet()) {
      if (pairs.size() == n) {
        break;
      }
      pairs.add(new long[] {level.getKey(), level.getValue()});
    }
    return pairs;
  }
}
