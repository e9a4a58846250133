package com.mdm.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/** The run's throughput as a PNG bar chart (XChart): each service figure beside its baseline. */
final class Chart {

  private Chart() {}

  static void write(BenchContext bench, Path png) throws IOException {
    List<String> categories = new ArrayList<>();
    List<Double> service = new ArrayList<>();
    List<Double> baseline = new ArrayList<>();
    for (Figure f : bench.figures.values()) {
      String key = f.key();
      String base =
          key.startsWith("pipeline.")
              ? "bare.jnats.pipeline"
              : key.startsWith("e2e.") ? Targets.lowerCeiling(bench) : null;
      if (base == null || !bench.figures.containsKey(base)) {
        continue;
      }
      categories.add(
          key.replace("pipeline.r", "pipeline ")
              .replace("e2e.r", "service ")
              .replace(".x1", "")
              .replace(".x2", " ×2"));
      service.add(f.samples().median() / 1000);
      baseline.add(bench.median(base) / 1000);
    }
    if (categories.isEmpty()) {
      return;
    }
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(1000)
            .height(500)
            .title("Throughput, thousands of messages/s (medians; r = readers, ×2 = two replicas)")
            .xAxisTitle("")
            .yAxisTitle("k msg/s")
            .build();
    chart.getStyler().setLegendVisible(true);
    chart.addSeries("service", categories, service);
    chart.addSeries("bare baseline (same run)", categories, baseline);
    BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
  }
}
