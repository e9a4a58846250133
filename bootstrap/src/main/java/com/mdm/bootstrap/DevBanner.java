package com.mdm.bootstrap;

import java.io.PrintStream;
import java.nio.file.Path;

/** What development mode tells a person once it is up: where things are and what to try. */
final class DevBanner {

  private DevBanner() {}

  static void print(ServiceConfig config, ServiceComponent component, Path data, Feed feed) {
    print(System.out, config, component.httpApi().port(), data, feed);
  }

  static void print(PrintStream out, ServiceConfig config, int port, Path data, Feed feed) {
    Path home = data.toAbsolutePath();
    out.println();
    out.println("Development mode: embedded stores, NOT for production.");
    out.println("  series:   " + home.resolve(DevMode.SERIES_FILE) + " (MongoDB-wire server)");
    out.println("  metadata: " + home.resolve(DevMode.METADATA_FILE) + ".mv.db (H2, MySQL mode)");
    out.println("  feed:     " + describe(feed, config));
    if (!config.api().enabled()) {
      out.println("  the HTTP API is off (ENABLE_API=false)");
      return;
    }
    String base = "http://localhost:" + port;
    String pair = config.audit().settings().supportedPairs().get(0).value();
    out.println("HTTP API: " + base + "  (every route: " + base + "/openapi.json)");
    out.println("Dashboard: " + base + "/  (API explorer: " + base + "/docs/)");
    out.println("  curl -s '" + base + "/data/candles?pair=" + pair + "&period=1m&limit=5'");
    out.println("  curl -s " + base + "/health/summary");
    out.println();
  }

  private static String describe(Feed feed, ServiceConfig config) {
    return switch (feed) {
      case SYNTHETIC -> "the synthetic market, in process";
      case NATS ->
          "NATS subject "
              + config.nats().subject()
              + " at "
              + NatsSecurity.redact(config.natsUrl());
      case NONE -> "none (nothing is ingested)";
    };
  }
}
