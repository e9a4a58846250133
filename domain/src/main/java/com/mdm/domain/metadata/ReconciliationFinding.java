package com.mdm.domain.metadata;

import com.mdm.domain.market.Symbol;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A disagreement between a stored closed candle and a second source for the same minute: both
 * values, the source of each, and the figures that differ.
 *
 * @param findingId null until stored
 * @param openTime the minute compared
 * @param differing names of the figures that differ, e.g. {@code close}, {@code tradeCount}
 * @param corrected whether the stored candle was replaced by the other source's
 */
public record ReconciliationFinding(
    Long findingId,
    String datasetId,
    Symbol symbol,
    Instant openTime,
    ReconciliationSource storedSource,
    CandleFigures stored,
    ReconciliationSource otherSource,
    CandleFigures other,
    List<String> differing,
    boolean corrected,
    Instant foundAt) {

  public ReconciliationFinding {
    Objects.requireNonNull(datasetId, "datasetId must not be null");
    Objects.requireNonNull(symbol, "symbol must not be null");
    Objects.requireNonNull(openTime, "openTime must not be null");
    Objects.requireNonNull(storedSource, "storedSource must not be null");
    Objects.requireNonNull(stored, "stored must not be null");
    Objects.requireNonNull(otherSource, "otherSource must not be null");
    Objects.requireNonNull(other, "other must not be null");
    differing = List.copyOf(Objects.requireNonNull(differing, "differing must not be null"));
    if (differing.isEmpty()) {
      throw new IllegalArgumentException("differing must name at least one figure");
    }
    Objects.requireNonNull(foundAt, "foundAt must not be null");
  }

  /** This finding once the stored candle was replaced by the other source's. */
  public ReconciliationFinding asCorrected() {
    return copy(findingId, true);
  }

  /** This finding with the id it was stored under. */
  public ReconciliationFinding withId(long id) {
    return copy(id, corrected);
  }

  private ReconciliationFinding copy(Long id, boolean correctedNow) {
    return new ReconciliationFinding(
        id,
        datasetId,
        symbol,
        openTime,
        storedSource,
        stored,
        otherSource,
        other,
        differing,
        correctedNow,
        foundAt);
  }
}
