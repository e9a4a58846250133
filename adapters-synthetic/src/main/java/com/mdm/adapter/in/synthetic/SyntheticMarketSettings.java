package com.mdm.adapter.in.synthetic;

import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * What the synthetic market generates: which symbols, how many events a second in all, from which
 * seed and virtual start time, klines on which timeframes and how often open ones are updated,
 * whether envelopes carry trace headers, and which faults to inject.
 *
 * @param eventsPerSecond the target rate over all symbols and streams; trades take what the streams
 *     on a fixed cadence leave, so the rate is met on average, not every second
 * @param start the virtual time the market starts at; frames come strictly after it
 * @param timeframes kline intervals; each must divide a day (1m ... 12h, 1d)
 * @param traceHeaders whether each envelope carries {@code _otel_trace_headers}
 */
public record SyntheticMarketSettings(
    List<Symbol> symbols,
    int eventsPerSecond,
    long seed,
    Instant start,
    List<Timeframe> timeframes,
    Duration klineUpdateInterval,
    boolean traceHeaders,
    SyntheticFaults faults) {

  private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("3000-01-01T00:00:00Z");

  public SyntheticMarketSettings {
    symbols = List.copyOf(Objects.requireNonNull(symbols, "symbols must not be null"));
    if (symbols.isEmpty() || new HashSet<>(symbols).size() != symbols.size()) {
      throw new IllegalArgumentException(
          "symbols must be at least one symbol, each once, but were " + symbols);
    }
    Objects.requireNonNull(start, "start must not be null");
    if (start.isBefore(EARLIEST) || !start.isBefore(LATEST)) {
      throw new IllegalArgumentException(
          "start must lie in [" + EARLIEST + ", " + LATEST + ") but was " + start);
    }
    start = start.truncatedTo(ChronoUnit.MILLIS);
    timeframes = List.copyOf(Objects.requireNonNull(timeframes, "timeframes must not be null"));
    if (timeframes.isEmpty() || new HashSet<>(timeframes).size() != timeframes.size()) {
      throw new IllegalArgumentException(
          "timeframes must be at least one timeframe, each once, but were " + timeframes);
    }
    for (Timeframe timeframe : timeframes) {
      if (Duration.ofDays(1).toMillis() % timeframe.duration().toMillis() != 0) {
        throw new IllegalArgumentException(
            "timeframes must each divide a day (1m ... 12h, 1d) but included " + timeframe);
      }
    }
    Objects.requireNonNull(klineUpdateInterval, "klineUpdateInterval must not be null");
    if (klineUpdateInterval.toMillis() < 1
        || klineUpdateInterval.compareTo(Duration.ofMinutes(1)) > 0) {
      throw new IllegalArgumentException(
          "klineUpdateInterval must be between 1 ms and 1 min but was " + klineUpdateInterval);
    }
    Objects.requireNonNull(faults, "faults must not be null");
    RateBudget.requireAffordable(
        eventsPerSecond, symbols.size(), timeframes.size(), klineUpdateInterval);
  }

  /**
   * BTCUSDT, ETHUSDT and BNBUSDT (the first three default SUPPORTED_PAIRS) at 300 events a second,
   * seed 1, from 2026-01-01T00:00Z, klines on the audited timeframes updated every 250 ms, no trace
   * headers, no faults.
   */
  public static SyntheticMarketSettings defaults() {
    return new SyntheticMarketSettings(
        List.of(Symbol.of("BTCUSDT"), Symbol.of("ETHUSDT"), Symbol.of("BNBUSDT")),
        300,
        1,
        Instant.parse("2026-01-01T00:00:00Z"),
        List.of(
            Timeframe.MINUTE_1,
            Timeframe.MINUTE_5,
            Timeframe.MINUTE_15,
            Timeframe.HOUR_1,
            Timeframe.HOUR_4,
            Timeframe.DAY_1),
        Duration.ofMillis(250),
        false,
        SyntheticFaults.none());
  }

  public SyntheticMarketSettings withSymbols(List<Symbol> value) {
    return new SyntheticMarketSettings(
        value, eventsPerSecond, seed, start, timeframes, klineUpdateInterval, traceHeaders, faults);
  }

  public SyntheticMarketSettings withEventsPerSecond(int value) {
    return new SyntheticMarketSettings(
        symbols, value, seed, start, timeframes, klineUpdateInterval, traceHeaders, faults);
  }

  public SyntheticMarketSettings withSeed(long value) {
    return new SyntheticMarketSettings(
        symbols,
        eventsPerSecond,
        value,
        start,
        timeframes,
        klineUpdateInterval,
        traceHeaders,
        faults);
  }

  public SyntheticMarketSettings withStart(Instant value) {
    return new SyntheticMarketSettings(
        symbols,
        eventsPerSecond,
        seed,
        value,
        timeframes,
        klineUpdateInterval,
        traceHeaders,
        faults);
  }

  public SyntheticMarketSettings withTraceHeaders(boolean value) {
    return new SyntheticMarketSettings(
        symbols, eventsPerSecond, seed, start, timeframes, klineUpdateInterval, value, faults);
  }

  public SyntheticMarketSettings withFaults(SyntheticFaults value) {
    return new SyntheticMarketSettings(
        symbols,
        eventsPerSecond,
        seed,
        start,
        timeframes,
        klineUpdateInterval,
        traceHeaders,
        value);
  }
}
