package com.mdm.benchmarks;

import java.util.function.ToDoubleFunction;

/**
 * A target of the issue: what is compared with what, the bound, and whether a run met it.
 *
 * @param value the figure compared with the bound (a ratio in percent, a rate, milliseconds)
 * @param atLeast whether the value must reach the bound (else stay at or under it)
 */
record Target(
    String what,
    String baseline,
    ToDoubleFunction<BenchContext> value,
    String unit,
    double bound,
    boolean atLeast) {

  String verdict(BenchContext bench) {
    double v = value.applyAsDouble(bench);
    if (Double.isNaN(v)) {
      return "not measured";
    }
    return (atLeast ? v >= bound : v <= bound) ? "met" : "**missed**";
  }
}
