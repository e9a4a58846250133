package com.mdm.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU went, from a JFR recording's execution samples: samples per thread, the top frames
 * (self time), and the frames of chosen packages by inclusive time.
 */
record JfrTop(
    int samples,
    Map<String, Integer> threads,
    Map<String, Integer> self,
    Map<String, Integer> inclusive) {

  static JfrTop read(Path recording, Predicate<String> inclusiveOf, int top) throws IOException {
    Map<String, Integer> threads = new LinkedHashMap<>();
    Map<String, Integer> self = new LinkedHashMap<>();
    Map<String, Integer> inclusive = new LinkedHashMap<>();
    int samples = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample")
          || event.getStackTrace() == null) {
        continue;
      }
      samples++;
      String thread =
          event.getThread("sampledThread") == null
              ? "?"
              : event.getThread("sampledThread").getJavaName();
      threads.merge(thread == null ? "?" : thread.replaceAll("\\d+", "N"), 1, Integer::sum);
      List<RecordedFrame> frames = event.getStackTrace().getFrames();
      if (!frames.isEmpty()) {
        self.merge(name(frames.get(0).getMethod()), 1, Integer::sum);
      }
      Set<String> seen = new HashSet<>();
      for (RecordedFrame frame : frames) {
        String name = name(frame.getMethod());
        if (inclusiveOf.test(name) && seen.add(name)) {
          inclusive.merge(name, 1, Integer::sum);
        }
      }
    }
    return new JfrTop(samples, topOf(threads, top), topOf(self, top), topOf(inclusive, top));
  }

  private static String name(RecordedMethod method) {
    return method.getType().getName() + "." + method.getName();
  }

  private static Map<String, Integer> topOf(Map<String, Integer> counts, int top) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(top)
        .collect(
            Collectors.toMap(
                Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
  }

  /** Markdown lines: samples per thread, then the two tables. */
  List<String> markdown(String title) {
    List<String> lines = new java.util.ArrayList<>();
    lines.add(
        "**"
            + title
            + "** — "
            + samples
            + " execution samples; by thread: "
            + threads.entrySet().stream()
                .map(e -> e.getKey() + " " + percent(e.getValue()))
                .collect(Collectors.joining(", ")));
    lines.add("");
    lines.add("| top frames (self) | share | | inclusive, service code and jnats | share |");
    lines.add("|---|---:|---|---|---:|");
    List<Map.Entry<String, Integer>> a = List.copyOf(self.entrySet());
    List<Map.Entry<String, Integer>> b = List.copyOf(inclusive.entrySet());
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      lines.add(
          "| "
              + (i < a.size()
                  ? "`" + a.get(i).getKey() + "` | " + percent(a.get(i).getValue())
                  : " | ")
              + " | | "
              + (i < b.size()
                  ? "`" + b.get(i).getKey() + "` | " + percent(b.get(i).getValue())
                  : " | ")
              + " |");
    }
    lines.add("");
    return lines;
  }

  private String percent(int count) {
    return String.format(java.util.Locale.ROOT, "%.1f %%", 100.0 * count / Math.max(1, samples));
  }
}
