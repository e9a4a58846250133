package com.mdm.decoder.binance;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds the decoder enforces on every message before anything is stored.
 *
 * @param maxFrameBytes largest payload accepted, checked before parsing
 * @param maxDepthLevels most price levels accepted per side of one depth event
 * @param maxFutureSkew how far past the receive time an event time may lie (clock drift)
 */
public record DecoderLimits(int maxFrameBytes, int maxDepthLevels, Duration maxFutureSkew) {

  public DecoderLimits {
    if (maxFrameBytes <= 0) {
      throw new IllegalArgumentException("maxFrameBytes must be > 0 but was " + maxFrameBytes);
    }
    if (maxDepthLevels <= 0) {
      throw new IllegalArgumentException("maxDepthLevels must be > 0 but was " + maxDepthLevels);
    }
    Objects.requireNonNull(maxFutureSkew, "maxFutureSkew must not be null");
    if (maxFutureSkew.isNegative() || maxFutureSkew.compareTo(Duration.ofDays(365)) > 0) {
      throw new IllegalArgumentException(
          "maxFutureSkew must be between 0 and 365 days but was " + maxFutureSkew);
    }
  }

  /** 1 MiB frames, 1000 levels per side, one hour of clock skew. */
  public static DecoderLimits defaults() {
    return new DecoderLimits(1024 * 1024, 1000, Duration.ofHours(1));
  }
}
