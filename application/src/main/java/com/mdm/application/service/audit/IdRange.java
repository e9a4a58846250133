package com.mdm.application.service.audit;

/** An inclusive range of sequence ids, {@code from <= to}. */
public record IdRange(long from, long to) {

  public IdRange {
    if (to < from) {
      throw new IllegalArgumentException("id range to " + to + " must be >= from " + from);
    }
  }

  /** The smallest range covering both; either may be null. */
  static IdRange span(IdRange a, IdRange b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return new IdRange(Math.min(a.from, b.from), Math.max(a.to, b.to));
  }
}
