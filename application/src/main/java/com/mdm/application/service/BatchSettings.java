package com.mdm.application.service;

import java.time.Duration;
import java.util.Objects;

/**
 * When a per-series buffer is written: once it holds {@code maxBatchSize} records, or {@code
 * maxDelay} after its first record arrived, whichever comes first.
 */
public record BatchSettings(int maxBatchSize, Duration maxDelay) {

  public BatchSettings {
    if (maxBatchSize < 1) {
      throw new IllegalArgumentException("maxBatchSize must be >= 1 but was " + maxBatchSize);
    }
    Objects.requireNonNull(maxDelay, "maxDelay must not be null");
    if (maxDelay.isNegative() || maxDelay.isZero()) {
      throw new IllegalArgumentException("maxDelay must be > 0 but was " + maxDelay);
    }
  }
}
