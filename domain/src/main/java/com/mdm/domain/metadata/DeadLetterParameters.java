package com.mdm.domain.metadata;

import java.time.Instant;
import java.util.Objects;

/** The lineage parameters of the messages rejected during one ingest window. */
public record DeadLetterParameters(Instant windowStart, Instant windowEnd)
    implements LineageParameters {

  /** The transformation of the lineage records these parameters belong to. */
  public static final String TRANSFORMATION = "dead-letter";

  public DeadLetterParameters {
    Objects.requireNonNull(windowStart, "windowStart must not be null");
    Objects.requireNonNull(windowEnd, "windowEnd must not be null");
  }

  @Override
  public String transformation() {
    return TRANSFORMATION;
  }
}
