package com.mdm.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * One extra run of the pipeline (in this process) and of the whole service (its own JVM) under
 * JFR's profiling settings, reduced to where the CPU went: the evidence for what stands in the way.
 */
final class Profiling {

  private Profiling() {}

  static List<String> pipeline(BenchContext bench) throws Exception {
    List<byte[]> messages = Workload.messages(bench.mode.pipelineMessages());
    Path file = bench.file("pipeline.jfr");
    try (BenchStream stream = new BenchStream(bench.nats)) {
      stream.preload(messages);
      try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
        recording.start();
        Pipeline.drain(bench.nats, bench.natsUrl, stream, messages.size(), 2);
        recording.stop();
        recording.dump(file);
      }
    }
    return JfrTop.read(file, Profiling::ours, 15)
        .markdown(
            "Pipeline, 2 readers, store keeps nothing (this JVM, so the harness's consumer"
                + " info polling is in it too)");
  }

  static List<String> endToEnd(BenchContext bench) throws Exception {
    List<byte[]> messages = Workload.messages(bench.mode.endToEndMessages());
    Path file = bench.file("service.jfr");
    String db = "mdm_bench_profile";
    try (BenchStream stream = new BenchStream(bench.nats)) {
      stream.preload(messages);
      try (ChildService child =
          ChildService.start(
              bench.serviceEnvironment(stream, db, 2),
              List.of("-Xmx1g", "-XX:StartFlightRecording=settings=profile,filename=" + file),
              bench.file("profile.log"))) {
        stream.awaitDrained(messages.size(), Duration.ofMinutes(15));
      }
    }
    bench.store.drop(db);
    List<String> service =
        JfrTop.read(file, Profiling::ours, 15)
            .markdown("Whole service into the store, 2 readers (the service's JVM)");
    return List.of(
        String.join("\n", service),
        "",
        "The store's own CPU is in the harness's JVM when it is the embedded server and is not in"
            + " this profile.");
  }

  private static boolean ours(String frame) {
    if (frame.contains("$$Lambda") || frame.contains("lambda$") || frame.contains(".benchmarks.")) {
      return false;
    }
    return frame.startsWith("com.mdm.")
        || frame.startsWith("io.nats.client.impl.Nats")
        || frame.startsWith("com.mongodb.internal.connection");
  }
}
