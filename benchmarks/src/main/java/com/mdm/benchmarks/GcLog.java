package com.mdm.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a unified GC log ({@code -Xlog:gc}) says about the heap: the most it held before any
 * collection, the most it held after one, and the most the JVM ever reserved for it.
 */
record GcLog(int collections, long peakBeforeMb, long peakAfterMb, long peakCommittedMb) {

  private static final Pattern SIZES = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

  static GcLog read(Path file) throws IOException {
    int collections = 0;
    long before = 0;
    long after = 0;
    long committed = 0;
    for (String line : Files.readAllLines(file)) {
      Matcher sizes = SIZES.matcher(line);
      if (sizes.find()) {
        collections++;
        before = Math.max(before, Long.parseLong(sizes.group(1)));
        after = Math.max(after, Long.parseLong(sizes.group(2)));
        committed = Math.max(committed, Long.parseLong(sizes.group(3)));
      }
    }
    return new GcLog(collections, before, after, committed);
  }
}
