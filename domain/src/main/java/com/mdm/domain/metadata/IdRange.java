package com.mdm.domain.metadata;

/** An inclusive range of sequence ids, {@code from <= to}. */
public record IdRange(long from, long to) {

  public IdRange {
    if (to < from) {
      throw new IllegalArgumentException("id range to " + to + " must be >= from " + from);
    }
  }

  /** How many ids the range holds. */
  public long count() {
    return to - from + 1;
  }
}
