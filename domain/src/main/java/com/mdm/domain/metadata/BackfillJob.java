package com.mdm.domain.metadata;

import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import java.time.Instant;
import java.util.Objects;

/**
 * A request to repair or load a range of one series from the exchange, with its progress.
 *
 * @param timeframe required for candle types, null otherwise
 * @param progress percent done, 0 to 100
 * @param checkpoint where to resume (opaque to everything but the backfill worker); null at first
 */
public record BackfillJob(
    String jobId,
    Symbol symbol,
    BackfillDataType dataType,
    Timeframe timeframe,
    Instant startTime,
    Instant endTime,
    int priority,
    BackfillStatus status,
    double progress,
    long recordsFetched,
    long recordsInserted,
    String checkpoint,
    String errorMessage,
    int attempts,
    String claimedBy,
    Instant createdAt,
    Instant startedAt,
    Instant completedAt,
    Instant updatedAt) {

  public BackfillJob {
    Objects.requireNonNull(jobId, "jobId must not be null");
    Objects.requireNonNull(symbol, "symbol must not be null");
    Objects.requireNonNull(dataType, "dataType must not be null");
    Objects.requireNonNull(startTime, "startTime must not be null");
    Objects.requireNonNull(endTime, "endTime must not be null");
    Objects.requireNonNull(status, "status must not be null");
    Objects.requireNonNull(createdAt, "createdAt must not be null");
    if (!endTime.isAfter(startTime)) {
      throw new IllegalArgumentException(
          "endTime " + endTime + " must be after startTime " + startTime);
    }
    if (dataType.requiresTimeframe() && timeframe == null) {
      throw new IllegalArgumentException("timeframe is required for " + dataType);
    }
    if (!(progress >= 0 && progress <= 100)) {
      throw new IllegalArgumentException("progress must be between 0 and 100 but was " + progress);
    }
    if (recordsFetched < 0 || recordsInserted < 0 || attempts < 0) {
      throw new IllegalArgumentException("counts must be >= 0");
    }
  }
}
