package com.mdm.benchmarks;

import io.nats.client.Connection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What every section of a run shares: the NATS connection, the store, the mode, the output
 * directory, and the figures and findings gathered for the report.
 */
final class BenchContext {

  final Connection nats;
  final String natsUrl;
  final StoreServer store;
  final BenchMode mode;
  final Path out;
  final Map<String, Figure> figures = new LinkedHashMap<>();
  final Map<String, List<String>> findings = new LinkedHashMap<>();

  BenchContext(Connection nats, String natsUrl, StoreServer store, BenchMode mode, Path out) {
    this.nats = nats;
    this.natsUrl = natsUrl;
    this.store = store;
    this.mode = mode;
    this.out = out;
  }

  void figure(String key, String label, Samples samples, String unit) {
    figures.put(key, new Figure(key, label, samples, unit));
    log(
        "%s: median %,.0f %s (min %,.0f, max %,.0f, %d runs)",
        label, samples.median(), unit, samples.min(), samples.max(), samples.runs());
  }

  double median(String key) {
    Figure figure = figures.get(key);
    return figure == null ? Double.NaN : figure.samples().median();
  }

  void finding(String section, String text) {
    findings.computeIfAbsent(section, s -> new ArrayList<>()).add(text);
    log("%s: %s", section, text);
  }

  /** The environment of a service child consuming {@code stream} into database {@code db}. */
  Map<String, String> serviceEnvironment(BenchStream stream, String db, int readers) {
    Map<String, String> env = new HashMap<>(Pipeline.environment(natsUrl, stream));
    env.remove("MONGODB_EMBEDDED");
    env.put("MONGODB_URI", store.uri);
    env.put("MONGODB_DB", db);
    env.putIfAbsent("MONGODB_WRITE_CONCERN", "1");
    env.put("MYSQL_DB", "mdm_bench");
    env.put("ENABLE_API", "false");
    env.put("ENABLE_AUDITOR", "false");
    env.put("ENABLE_BACKFILLER", "false");
    env.put("NATS_READERS", String.valueOf(readers));
    env.put("LOG_LEVEL", System.getenv().getOrDefault("BENCH_SERVICE_LOG_LEVEL", "WARN"));
    return env;
  }

  Path file(String name) throws IOException {
    Files.createDirectories(out.resolve("logs"));
    return out.resolve("logs").resolve(name);
  }

  static void log(String format, Object... args) {
    System.out.printf(Locale.ROOT, "==> " + format + "%n", args);
  }
}
