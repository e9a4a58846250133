package com.mdm.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes a run as Markdown: where and how it ran, the targets, every figure, what was found. */
final class Report {

  private Report() {}

  static void write(
      BenchContext bench,
      Map<String, String> machine,
      List<String> profiles,
      Path file,
      String chart)
      throws IOException {
    List<String> md = new ArrayList<>();
    md.add("# Benchmarks");
    md.add("");
    md.add(
        "Written by `scripts/bench"
            + (bench.mode.quick() ? " --quick" : "")
            + "`; every figure below comes from this one run. Rerun with `scripts/bench` (full run,"
            + " rewrites this file and the chart) or `scripts/bench --quick` (small loads, one run each,"
            + " report under `target/bench/`). Nothing here is asserted by a test.");
    md.add("");
    md.add("![throughput against its baselines](" + chart + ")");
    md.add("");
    md.add("## Where and how it ran");
    md.add("");
    machine.forEach((k, v) -> md.add("- " + k + ": " + v));
    md.add("");
    md.add("## Targets");
    md.add("");
    md.add("| target | against | measured | bound | verdict |");
    md.add("|---|---|---:|---:|---|");
    for (Target t : Targets.all()) {
      double v = t.value().applyAsDouble(bench);
      md.add(
          String.format(
              Locale.ROOT,
              "| %s | %s | %s %s | %s %,.0f %s | %s |",
              t.what(),
              t.baseline(),
              Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%,.1f", v),
              t.unit(),
              t.atLeast() ? "≥" : "≤",
              t.bound(),
              t.unit(),
              t.verdict(bench)));
    }
    md.add("");
    md.add("## Every figure");
    md.add("");
    md.add(
        "Median of the runs, with the minimum and maximum; the ratio is to the baseline measured"
            + " in the same run.");
    md.add("");
    md.add("| figure | median | min | max | runs | ratio to baseline |");
    md.add("|---|---:|---:|---:|---:|---|");
    for (Figure f : bench.figures.values()) {
      Samples s = f.samples();
      md.add(
          String.format(
              Locale.ROOT,
              "| %s | %,.0f %s | %,.0f | %,.0f | %d | %s |",
              f.label(),
              s.median(),
              f.unit(),
              s.min(),
              s.max(),
              s.runs(),
              ratio(bench, f.key())));
    }
    md.add("");
    for (Map.Entry<String, List<String>> section : bench.findings.entrySet()) {
      md.add("### " + section.getKey());
      md.add("");
      section.getValue().forEach(line -> md.add("- " + line));
      md.add("");
    }
    if (!profiles.isEmpty()) {
      md.add("## Profiles (JFR)");
      md.add("");
      md.addAll(profiles);
      md.add("");
    }
    md.add(notes());
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, md, StandardCharsets.UTF_8);
  }

  private static String ratio(BenchContext bench, String key) {
    String baseline;
    if (key.startsWith("pipeline.")) {
      baseline = "bare.jnats.pipeline";
    } else if (key.startsWith("e2e.")) {
      baseline = Targets.lowerCeiling(bench);
    } else if (key.equals("store.service") || key.equals("store.bare.indexed")) {
      baseline = "store.bare";
    } else if (key.equals("decode.msgs")) {
      baseline = "decode.bare";
    } else {
      return "";
    }
    double r = Targets.ratio(bench, key, baseline);
    return Double.isNaN(r)
        ? ""
        : String.format(Locale.ROOT, "%.0f %% of %s", r, bench.figures.get(baseline).label());
  }

  private static String notes() throws IOException {
    try (InputStream in = Report.class.getResourceAsStream("/benchmark-notes.md")) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
