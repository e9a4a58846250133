package com.mdm.domain.metadata;

import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A catalog entry: one dataset, where it is stored and what it covers.
 *
 * @param symbol null for datasets not tied to one symbol
 * @param timeframe null for series without a timeframe
 * @param firstTimestamp earliest record time known to the catalog; null until measured
 * @param lastTimestamp latest record time known to the catalog; null until measured
 * @param approximateCount record count at the last coverage refresh; null until measured
 */
public record Dataset(
    String datasetId,
    String name,
    String description,
    String category,
    String schemaId,
    String storageType,
    String location,
    Symbol symbol,
    Timeframe timeframe,
    String owner,
    String updateFrequency,
    Instant firstTimestamp,
    Instant lastTimestamp,
    Long approximateCount,
    Instant createdAt,
    Instant updatedAt) {

  private static final Pattern ID = Pattern.compile("^[A-Za-z0-9_.-]{1,128}$");

  public Dataset {
    Objects.requireNonNull(datasetId, "datasetId must not be null");
    if (!ID.matcher(datasetId).matches()) {
      throw new IllegalArgumentException(
          "datasetId '" + datasetId + "' is invalid: expected 1 to 128 of A-Z a-z 0-9 _ . -");
    }
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(category, "category must not be null");
    Objects.requireNonNull(storageType, "storageType must not be null");
    Objects.requireNonNull(location, "location must not be null");
    Objects.requireNonNull(createdAt, "createdAt must not be null");
    Objects.requireNonNull(updatedAt, "updatedAt must not be null");
    if (approximateCount != null && approximateCount < 0) {
      throw new IllegalArgumentException(
          "approximateCount must be >= 0 but was " + approximateCount);
    }
  }
}
