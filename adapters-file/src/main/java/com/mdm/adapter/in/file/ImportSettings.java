package com.mdm.adapter.in.file;

import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * How captures are imported.
 *
 * @param speed 0 for as fast as the stores take it, else the replay speed as a multiple of real
 *     time, preserving the gaps between events
 * @param symbols only these symbols are imported; empty for all
 * @param types only these series types are imported; empty for all
 * @param maxLineBytes longer lines are refused unread (as oversized frames)
 * @param maxInFlight lines handed to ingest and not yet stored; reading waits at this bound
 * @param detailedRejections how many rejected lines are reported in full
 * @param firstRetry the wait before retrying a failed store, doubling with each attempt
 */
public record ImportSettings(
    double speed,
    Set<Symbol> symbols,
    Set<SeriesType> types,
    int maxLineBytes,
    int maxInFlight,
    int detailedRejections,
    Duration firstRetry) {

  public ImportSettings {
    if (!(speed >= 0) || Double.isInfinite(speed)) {
      throw new IllegalArgumentException(
          "speed must be 0 (max) or a positive factor but was " + speed);
    }
    symbols = Set.copyOf(Objects.requireNonNull(symbols, "symbols must not be null"));
    types = Set.copyOf(Objects.requireNonNull(types, "types must not be null"));
    Objects.requireNonNull(firstRetry, "firstRetry must not be null");
    if (maxLineBytes < 1 || maxInFlight < 1 || detailedRejections < 0) {
      throw new IllegalArgumentException(
          "maxLineBytes and maxInFlight must be >= 1, detailedRejections >= 0");
    }
  }

  /**
   * As fast as possible, everything, 1 MiB lines, 5,000 lines in flight, 5 rejections in full,
   * retries from 250 ms.
   */
  public static ImportSettings defaults() {
    return new ImportSettings(0, Set.of(), Set.of(), 1 << 20, 5_000, 5, Duration.ofMillis(250));
  }
}
