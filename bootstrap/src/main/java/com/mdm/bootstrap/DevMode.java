package com.mdm.bootstrap;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The environment of development mode: series in an embedded MongoDB-wire server and metadata in an
 * embedded H2 database, both under the data directory and kept across restarts; the synthetic
 * market as the feed unless NATS is asked for; audits soon after start. Not for production.
 */
final class DevMode {

  static final String SERIES_FILE = "series.mv";
  static final String METADATA_FILE = "metadata";

  /** Holes the demo's auditor can find: a 1m kline minute in 15, aggregate ids, depth chain. */
  static final String DEMO_FAULTS = "klines=15,agg_trades=5000,depth=3000";

  private DevMode() {}

  /** {@code environment} with development mode's settings; what it sets explicitly it keeps. */
  static Map<String, String> environment(
      Map<String, String> environment, Path dataDirectory, Feed feed) {
    Map<String, String> dev = new HashMap<>(environment);
    dev.put("MONGODB_EMBEDDED", "file");
    dev.put("MONGODB_EMBEDDED_FILE", dataDirectory.resolve(SERIES_FILE).toString());
    dev.put("METADATA_EMBEDDED", "file");
    dev.put("METADATA_EMBEDDED_FILE", dataDirectory.resolve(METADATA_FILE).toString());
    dev.put("INGEST_FEED", feed.code());
    dev.putIfAbsent("SYNTHETIC_FAULTS", DEMO_FAULTS);
    dev.putIfAbsent("INITIAL_STARTUP_DELAY", "5s");
    dev.putIfAbsent("AUDIT_INTERVAL", "30s");
    if (!dev.containsKey("API_TOKEN") && !dev.containsKey("API_TOKEN_FILE")) {
      dev.putIfAbsent("API_ALLOW_UNAUTHENTICATED_WRITES", "true");
    }
    return dev;
  }

  /** The feed when none is given: NATS when {@code NATS_URL} is set, else the synthetic market. */
  static Feed defaultFeed(Map<String, String> environment) {
    String nats = environment.get("NATS_URL");
    return nats == null || nats.isBlank() ? Feed.SYNTHETIC : Feed.NATS;
  }
}
