package com.mdm.domain.metadata;

/** Lifecycle of a backfill job: pending, then running, then one of the final states. */
public enum BackfillStatus {
  PENDING,
  RUNNING,
  COMPLETED,
  FAILED,
  CANCELLED;

  public boolean isFinal() {
    return this == COMPLETED || this == FAILED || this == CANCELLED;
  }
}
