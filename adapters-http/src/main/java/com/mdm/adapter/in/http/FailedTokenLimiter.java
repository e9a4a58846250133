package com.mdm.adapter.in.http;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed bearer tokens per client address in fixed windows and says how long a client that
 * has used up its failures must wait. A success changes no count, so one client's good token never
 * clears another's record. Memory is bounded: past {@link #MAX_CLIENTS} addresses, expired windows
 * are dropped, and if that is not enough every further new address shares one window, which errs on
 * the side of refusing guesses.
 */
final class FailedTokenLimiter {

  static final int MAX_CLIENTS = 10_000;
  static final String OVERFLOW = "(other clients)";

  private final int maxFailures;
  private final long windowMillis;
  private final Clock clock;
  private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

  private record Window(long startMillis, int failures) {}

  FailedTokenLimiter(int maxFailures, Duration window, Clock clock) {
    this.maxFailures = maxFailures;
    this.windowMillis = window.toMillis();
    this.clock = clock;
  }

  /** Seconds {@code client} must wait before presenting a token again; 0 when it may now. */
  long retryAfterSeconds(String client) {
    long now = clock.millis();
    Window window = windows.get(key(client));
    if (window == null || window.failures() < maxFailures || expired(window, now)) {
      return 0;
    }
    long left = window.startMillis() + windowMillis - now;
    return Math.max(1, (left + 999) / 1000);
  }

  /** Records one failed token from {@code client}. */
  void failed(String client) {
    long now = clock.millis();
    windows.compute(
        admit(client, now),
        (ignored, window) ->
            window == null || expired(window, now)
                ? new Window(now, 1)
                : new Window(window.startMillis(), window.failures() + 1));
  }

  /** How many client windows are held, for tests of the bound. */
  int clients() {
    return windows.size();
  }

  private String key(String client) {
    return windows.containsKey(client) ? client : windows.size() >= MAX_CLIENTS ? OVERFLOW : client;
  }

  private String admit(String client, long now) {
    if (windows.containsKey(client) || windows.size() < MAX_CLIENTS) {
      return client;
    }
    windows.entrySet().removeIf(entry -> expired(entry.getValue(), now));
    return windows.size() < MAX_CLIENTS ? client : OVERFLOW;
  }

  private boolean expired(Window window, long now) {
    return now - window.startMillis() >= windowMillis;
  }
}
