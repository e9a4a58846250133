package com.mdm.adapter.out.binance;

/**
 * How much of a per-window limit is used, in fixed windows aligned to the epoch as the exchange
 * counts them (one minute for request weight). Not thread-safe: {@link RateLimiter} guards it.
 */
final class WindowBudget {

  private final int limit;
  private final long windowMillis;
  private long window = Long.MIN_VALUE;
  private int used;

  WindowBudget(int limit, long windowMillis) {
    this.limit = limit;
    this.windowMillis = windowMillis;
  }

  long windowAt(long nowMillis) {
    return Math.floorDiv(nowMillis, windowMillis);
  }

  /** How long to wait before {@code amount} fits; 0 when it fits now. */
  long waitFor(long nowMillis, int amount) {
    roll(nowMillis);
    return used + amount <= limit ? 0 : (window + 1) * windowMillis - nowMillis;
  }

  void take(long nowMillis, int amount) {
    roll(nowMillis);
    used += amount;
  }

  /**
   * Corrects the count after a response. When it arrives in the window the request was sent in, the
   * exchange's own count ({@code reportedUsed}, negative when unknown) wins if higher: it includes
   * other clients on the same IP. When a window boundary passed meanwhile, the exchange may have
   * counted the request in the new window, so it is counted there too.
   */
  void correct(long sentWindow, long nowMillis, int amount, int reportedUsed) {
    roll(nowMillis);
    if (sentWindow == window) {
      used = Math.max(used, reportedUsed);
    } else {
      used += amount;
    }
  }

  int used(long nowMillis) {
    roll(nowMillis);
    return used;
  }

  int limit() {
    return limit;
  }

  private void roll(long nowMillis) {
    long current = windowAt(nowMillis);
    if (current != window) {
      window = current;
      used = 0;
    }
  }
}
