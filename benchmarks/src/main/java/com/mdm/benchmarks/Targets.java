package com.mdm.benchmarks;

import java.util.List;

/** The targets for this 2-core machine; reported, never asserted. */
final class Targets {

  private Targets() {}

  static List<Target> all() {
    return List.of(
        new Target(
            "pipeline",
            "bare jnats loop",
            b -> ratio(b, "pipeline.r2", "bare.jnats.pipeline"),
            "%",
            70,
            true),
        new Target(
            "end to end",
            "lower of bare insertMany and bare jnats loop",
            b -> ratio(b, "e2e.r2.x1", lowerCeiling(b)),
            "%",
            70,
            true),
        new Target(
            "end to end, sharing the machine as the service does",
            "bare consume, insertMany and ack",
            b -> ratio(b, "e2e.r2.x1", "bare.pipe"),
            "%",
            70,
            true),
        new Target(
            "decode + map, synthetic mix",
            "one core",
            b -> b.median("decode.events"),
            "events/s",
            300_000,
            true),
        new Target(
            "decode + map",
            "bare readTree",
            b -> ratio(b, "decode.msgs", "decode.bare"),
            "%",
            50,
            true),
        new Target(
            "p99 publish→acknowledged at 10k/s",
            "",
            b -> b.median("latency.acked.p99"),
            "ms",
            250,
            false),
        new Target(
            "p99 publish→received at 10k/s",
            "",
            b -> b.median("latency.received.p99"),
            "ms",
            250,
            false),
        new Target(
            "heap, stalled store included",
            "-Xmx512m",
            b -> b.median("stall.heap"),
            "MB",
            512,
            false),
        new Target(
            "acknowledged before stored", "", b -> b.median("stall.unstored"), "msgs", 0, false));
  }

  static String lowerCeiling(BenchContext bench) {
    return bench.median("bare.insert") <= bench.median("bare.jnats.e2e")
        ? "bare.insert"
        : "bare.jnats.e2e";
  }

  static double ratio(BenchContext bench, String figure, String baseline) {
    return 100 * bench.median(figure) / bench.median(baseline);
  }
}
