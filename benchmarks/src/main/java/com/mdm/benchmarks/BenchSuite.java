package com.mdm.benchmarks;

import io.nats.client.Connection;
import io.nats.client.Nats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The benchmark suite {@code scripts/bench} runs: decode, pipeline, end to end, latency,
 * back-pressure and scaling, each against its baseline in the same run, written as a Markdown
 * report and a PNG chart. Arguments: {@code --quick}, {@code --out DIR}, and optionally the
 * sections to run (all by default).
 */
public final class BenchSuite {

  static final List<String> SECTIONS =
      List.of("decode", "pipeline", "e2e", "store", "latency", "stall", "scaling", "profile");

  private BenchSuite() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("java.awt.headless", "true");
    boolean quick = false;
    Path out = Path.of("target", "bench");
    Set<String> sections = new LinkedHashSet<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> quick = true;
        case "--out" -> out = Path.of(args[++i]);
        default -> {
          if (!SECTIONS.contains(args[i])) {
            throw new IllegalArgumentException(
                "unknown argument " + args[i] + "; expected --quick, --out DIR or " + SECTIONS);
          }
          sections.add(args[i]);
        }
      }
    }
    if (sections.isEmpty()) {
      sections.addAll(SECTIONS);
    }
    String natsUrl = System.getenv().getOrDefault("NATS_URL", "nats://127.0.0.1:4222");
    String loadBefore = Machine.loadAverage();
    try (Connection nats = Nats.connect(natsUrl);
        StoreServer store = new StoreServer()) {
      BenchContext bench =
          new BenchContext(
              nats, natsUrl, store, quick ? BenchMode.quickRun() : BenchMode.fullRun(), out);
      List<String> profiles = new ArrayList<>();
      run(bench, sections, profiles);
      var machine = Machine.describe(bench, loadBefore);
      Files.createDirectories(out);
      Chart.write(bench, out.resolve("benchmarks.png"));
      Report.write(bench, machine, profiles, out.resolve("benchmarks.md"), "benchmarks.png");
      BenchContext.log("report: %s", out.resolve("benchmarks.md").toAbsolutePath());
    }
    System.exit(0);
  }

  private static void run(BenchContext bench, Set<String> sections, List<String> profiles)
      throws Exception {
    ThroughputSection throughput = new ThroughputSection(bench);
    if (sections.contains("decode")) {
      new DecodeSection(bench).run();
    }
    if (sections.contains("pipeline")) {
      throughput.pipeline(2, true);
    }
    if (sections.contains("e2e")) {
      throughput.endToEnd(2, 1, true);
    }
    if (sections.contains("store")) {
      new StoreSection(bench).run();
    }
    if (sections.contains("profile")) {
      profiles.addAll(Profiling.pipeline(bench));
      // the quick run of scripts/test profiles the pipeline only; asked for, both
      if (!bench.mode.quick() || sections.size() < SECTIONS.size()) {
        profiles.addAll(Profiling.endToEnd(bench));
      }
    }
    if (sections.contains("latency")) {
      new LatencySection(bench).run();
    }
    if (sections.contains("stall")) {
      new BackPressureSection(bench).run();
    }
    if (sections.contains("scaling") && bench.mode.quick() && sections.size() == SECTIONS.size()) {
      bench.finding(
          "scaling", "left out of the quick run (its service JVMs take most of its time)");
    } else if (sections.contains("scaling")) {
      for (int readers : bench.mode.readers()) {
        if (readers != 2 || !sections.contains("pipeline")) {
          throughput.pipeline(readers, false);
        }
      }
      for (int readers : bench.mode.readers()) {
        if (readers != 2 || !sections.contains("e2e")) {
          throughput.endToEnd(readers, 1, false);
        }
      }
      throughput.endToEnd(2, 2, false);
    }
    bench.finding("run", String.format(Locale.ROOT, "sections: %s", sections));
  }
}
