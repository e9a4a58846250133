package com.mdm.bootstrap;

import com.mdm.adapter.in.synthetic.SyntheticFaults;
import com.mdm.adapter.in.synthetic.SyntheticMarketSettings;
import com.mdm.domain.market.Symbol;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the feed: {@code INGEST_FEED} ({@code nats}, {@code synthetic}, {@code none}) and the
 * synthetic market's {@code SYNTHETIC_*} settings.
 */
final class FeedConfigLoader {

  private FeedConfigLoader() {}

  static FeedConfig load(Env env, List<Symbol> supportedPairs) {
    Feed feed = env.choice("INGEST_FEED", Feed.NATS, Feed.class);
    boolean natsEnabled = feed == Feed.NATS || env.raw("NATS_URL") != null;
    SyntheticMarketSettings defaults = SyntheticMarketSettings.defaults();
    List<Symbol> symbols =
        env.raw("SYNTHETIC_SYMBOLS") == null
            ? supportedPairs.subList(0, Math.min(3, supportedPairs.size()))
            : symbols(env);
    long seed =
        env.parsed(
            "SYNTHETIC_SEED", Clock.systemUTC().millis(), Long::parseLong, "an integer seed");
    SyntheticMarketSettings synthetic;
    try {
      synthetic =
          defaults
              .withSymbols(symbols)
              .withEventsPerSecond(env.integer("SYNTHETIC_RATE", 300, 1, 1_000_000))
              .withSeed(seed)
              .withFaults(faults(env));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("SYNTHETIC_RATE", env.raw("SYNTHETIC_RATE"), e.getMessage());
    }
    return new FeedConfig(feed, natsEnabled, synthetic);
  }

  private static List<Symbol> symbols(Env env) {
    List<Symbol> symbols = new ArrayList<>();
    for (String value : env.raw("SYNTHETIC_SYMBOLS").split(",")) {
      try {
        symbols.add(Symbol.of(value.trim()));
      } catch (IllegalArgumentException e) {
        throw new ConfigException("SYNTHETIC_SYMBOLS", value, "symbols such as BTCUSDT,ETHUSDT");
      }
    }
    return symbols;
  }

  /**
   * {@code none}, or a comma list of {@code klines=N} (every N-th minute's 1m klines withheld),
   * {@code agg_trades=N} (every N-th aggregate trade) and {@code depth=N} (every N-th diff).
   */
  static SyntheticFaults faults(Env env) {
    String value = env.string("SYNTHETIC_FAULTS", "none");
    if (value.isBlank() || value.equalsIgnoreCase("none")) {
      return SyntheticFaults.none();
    }
    int klines = 0;
    int aggTrades = 0;
    int depth = 0;
    for (String part : value.split(",")) {
      String[] pair = part.trim().split("=", 2);
      int every;
      try {
        every = Integer.parseInt(pair.length == 2 ? pair[1].trim() : "x");
      } catch (NumberFormatException e) {
        every = -1;
      }
      if (every < 0) {
        throw new ConfigException("SYNTHETIC_FAULTS", value, FAULTS);
      }
      switch (pair[0].trim()) {
        case "klines" -> klines = every;
        case "agg_trades" -> aggTrades = every;
        case "depth" -> depth = every;
        default -> throw new ConfigException("SYNTHETIC_FAULTS", value, FAULTS);
      }
    }
    return new SyntheticFaults(klines, aggTrades, depth);
  }

  private static final String FAULTS =
      "none, or a comma list of klines=N, agg_trades=N, depth=N (every N-th withheld)";
}
