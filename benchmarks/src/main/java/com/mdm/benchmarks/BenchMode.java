package com.mdm.benchmarks;

import java.time.Duration;

/**
 * How much a run measures: the full run (at least three runs of each figure, the load) or
 * the quick run {@code scripts/test} does to prove the suite works (one run of each, small loads).
 */
record BenchMode(
    boolean quick,
    int runs,
    int pipelineMessages,
    int endToEndMessages,
    int endToEndWarmUp,
    int latencyRate,
    Duration latencyDuration,
    int stallMessages,
    Duration stall,
    int[] readers) {

  static BenchMode fullRun() {
    return new BenchMode(
        false,
        3,
        100_000,
        30_000,
        60_000,
        10_000,
        Duration.ofSeconds(60),
        40_000,
        Duration.ofSeconds(20),
        new int[] {1, 2, 4});
  }

  static BenchMode quickRun() {
    return new BenchMode(
        true,
        1,
        20_000,
        3_000,
        20_000,
        10_000,
        Duration.ofSeconds(1),
        20_000,
        Duration.ofSeconds(3),
        new int[] {2});
  }
}
