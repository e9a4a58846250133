package com.mdm.adapter.in.synthetic;

/**
 * One scheduled task: run {@code kind} for the symbol at index {@code symbol} at {@code time}
 * (epoch milliseconds). Ordered by time, then kind, then symbol, so a run is deterministic.
 */
record Task(long time, TaskKind kind, int symbol) implements Comparable<Task> {

  @Override
  public int compareTo(Task other) {
    int byTime = Long.compare(time, other.time);
    if (byTime != 0) {
      return byTime;
    }
    int byKind = kind.compareTo(other.kind);
    return byKind != 0 ? byKind : Integer.compare(symbol, other.symbol);
  }
}
