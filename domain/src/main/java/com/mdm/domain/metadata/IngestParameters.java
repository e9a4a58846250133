package com.mdm.domain.metadata;

import java.time.Instant;
import java.util.Objects;

/**
 * The lineage parameters of one ingest window of a series.
 *
 * @param collection where the series is stored
 * @param batches how many written batches the window took in
 * @param firstSequence the first JetStream sequence of the window; 0 when none was known
 * @param lastSequence the last JetStream sequence of the window; 0 when none was known
 */
public record IngestParameters(
    String collection,
    Instant windowStart,
    Instant windowEnd,
    int batches,
    long firstSequence,
    long lastSequence)
    implements LineageParameters {

  /** The transformation of the lineage records these parameters belong to. */
  public static final String TRANSFORMATION = "websocket-ingest";

  public IngestParameters {
    Objects.requireNonNull(collection, "collection must not be null");
    Objects.requireNonNull(windowStart, "windowStart must not be null");
    Objects.requireNonNull(windowEnd, "windowEnd must not be null");
    if (batches < 0) {
      throw new IllegalArgumentException("batches must be >= 0 but was " + batches);
    }
  }

  @Override
  public String transformation() {
    return TRANSFORMATION;
  }
}
