package com.mdm.decoder.binance;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds the decoder enforces on every message before anything is stored.
 *
 * @param maxFrameBytes largest payload accepted, checked before parsing
 * @param maxDepthLevels most price levels accepted per side of one depth event
 * @param maxFutureSkew how far past the receive time an event time may lie (clock drift)
 * @param maxNestingDepth deepest nesting of JSON arrays and objects the parser follows
 * @param maxStringChars longest JSON string value the parser reads
 */
public record DecoderLimits(
    int maxFrameBytes,
    int maxDepthLevels,
    Duration maxFutureSkew,
    int maxNestingDepth,
    int maxStringChars) {

  /** Binance events nest four deep at most; 32 leaves room for any envelope. */
  public static final int DEFAULT_NESTING_DEPTH = 32;

  /** Binance's longest strings are stream names; 16 Ki characters is far above any of them. */
  public static final int DEFAULT_STRING_CHARS = 16 * 1024;

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
    if (maxNestingDepth < 4 || maxNestingDepth > 1000) {
      // below 4 no Binance envelope fits; far above 1000 recursion risks the stack
      throw new IllegalArgumentException(
          "maxNestingDepth must be between 4 and 1000 but was " + maxNestingDepth);
    }
    if (maxStringChars < 64) {
      throw new IllegalArgumentException("maxStringChars must be >= 64 but was " + maxStringChars);
    }
  }

  /** The given frame, level and skew bounds with the default nesting and string bounds. */
  public DecoderLimits(int maxFrameBytes, int maxDepthLevels, Duration maxFutureSkew) {
    this(maxFrameBytes, maxDepthLevels, maxFutureSkew, DEFAULT_NESTING_DEPTH, DEFAULT_STRING_CHARS);
  }

  /** 1 MiB frames, 1000 levels per side, one hour of clock skew, 32 deep, 16 Ki-char strings. */
  public static DecoderLimits defaults() {
    return new DecoderLimits(1024 * 1024, 1000, Duration.ofHours(1));
  }
}
