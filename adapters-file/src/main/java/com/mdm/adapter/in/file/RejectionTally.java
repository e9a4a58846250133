package com.mdm.adapter.in.file;

import com.mdm.decoder.binance.Rejection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Rejections of an import run counted by reason, the first few kept in full with file and line. */
final class RejectionTally {

  private final int detailed;
  private final Map<String, Long> byReason = new TreeMap<>();
  private final List<String> examples = new ArrayList<>();
  private long lines;

  RejectionTally(int detailed) {
    this.detailed = detailed;
  }

  synchronized void add(String file, long line, List<Rejection> rejections) {
    lines++;
    for (Rejection rejection : rejections) {
      byReason.merge(rejection.reason().code(), 1L, Long::sum);
      if (examples.size() < detailed) {
        examples.add(
            file + ":" + line + ": " + rejection.reason().code() + ": " + rejection.detail());
      }
    }
  }

  synchronized long lines() {
    return lines;
  }

  synchronized Map<String, Long> byReason() {
    return Map.copyOf(byReason);
  }

  synchronized List<String> examples() {
    return List.copyOf(examples);
  }
}
