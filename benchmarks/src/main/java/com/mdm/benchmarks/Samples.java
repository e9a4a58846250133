package com.mdm.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** Repeated measurements of one figure: their median, minimum and maximum. */
record Samples(List<Double> values) {

  Samples {
    values = List.copyOf(values);
    if (values.isEmpty()) {
      throw new IllegalArgumentException("values must not be empty");
    }
  }

  static Samples of(double... values) {
    List<Double> list = new ArrayList<>();
    for (double value : values) {
      list.add(value);
    }
    return new Samples(list);
  }

  double median() {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  double min() {
    return values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
  }

  double max() {
    return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
  }

  int runs() {
    return values.size();
  }
}
