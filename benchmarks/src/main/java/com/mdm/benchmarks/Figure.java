package com.mdm.benchmarks;

/**
 * One measured figure of the report: what it is, its samples, and the unit they are in.
 *
 * @param key a short stable name, used to relate figures to their baselines
 */
record Figure(String key, String label, Samples samples, String unit) {}
