package com.mdm.benchmarks;

import com.mdm.bootstrap.ConfigLoader;
import com.mdm.bootstrap.ServiceConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the report says about where it ran: machine, load, JDK, NATS and store, settings. */
final class Machine {

  private Machine() {}

  static Map<String, String> describe(BenchContext bench, String loadBefore) {
    Map<String, String> lines = new LinkedHashMap<>();
    lines.put("when", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    lines.put(
        "mode",
        bench.mode.quick()
            ? "quick (one run each, small loads)"
            : "full (" + bench.mode.runs() + " runs of each throughput figure)");
    lines.put(
        "machine",
        Runtime.getRuntime().availableProcessors() + " cores, " + cpuModel() + ", " + memory());
    lines.put(
        "load average (1, 5, 15 min) before / after",
        loadBefore
            + " / "
            + loadAverage()
            + " — the machine is shared with other builds, so only same-run ratios are comparable");
    lines.put(
        "JDK",
        System.getProperty("java.vm.vendor")
            + " "
            + System.getProperty("java.vm.name")
            + " "
            + System.getProperty("java.runtime.version"));
    lines.put(
        "NATS",
        "nats-server "
            + bench.nats.getServerInfo().getVersion()
            + " with JetStream, file storage, same machine");
    lines.put(
        "store", bench.store.version() + " at " + bench.store.uri.replaceAll("//[^@/]*@", "//"));
    ServiceConfig defaults = ConfigLoader.load(Map.of());
    lines.put(
        "service settings",
        String.format(
            "defaults (NATS_READERS %d, NATS_FETCH_BATCH %d, NATS_MAX_IN_FLIGHT %d,"
                + " NATS_MAX_ACK_PENDING %d, MAX_BATCH_SIZE %d, BATCH_MAX_DELAY %d ms,"
                + " MONGODB_WRITE_CONCERN %s), except where a figure names its readers; API, auditor"
                + " and backfiller off; service JVMs -Xmx1g (-Xmx512m in the stall)",
            defaults.nats().readers(),
            defaults.nats().fetchBatchSize(),
            defaults.nats().maxInFlight(),
            defaults.nats().maxAckPending(),
            defaults.batch().maxBatchSize(),
            defaults.batch().maxDelay().toMillis(),
            System.getenv().getOrDefault("MONGODB_WRITE_CONCERN", "1")));
    lines.put(
        "loads",
        String.format(
            "pipeline %,d messages, end to end %,d, latency %,d/s for %d s,"
                + " stall %,d messages and %d s",
            bench.mode.pipelineMessages(),
            bench.mode.endToEndMessages(),
            bench.mode.latencyRate(),
            bench.mode.latencyDuration().toSeconds(),
            bench.mode.stallMessages(),
            bench.mode.stall().toSeconds()));
    return lines;
  }

  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + ", " + parts[1] + ", " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(line -> line.startsWith("model name"))
          .map(line -> line.substring(line.indexOf(':') + 1).trim())
          .findFirst()
          .orElse("unknown CPU");
    } catch (IOException e) {
      return "unknown CPU";
    }
  }

  private static String memory() {
    try {
      return Files.readAllLines(Path.of("/proc/meminfo")).stream()
          .filter(line -> line.startsWith("MemTotal"))
          .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024 / 1024 + " GiB")
          .findFirst()
          .orElse("");
    } catch (IOException e) {
      return "";
    }
  }
}
