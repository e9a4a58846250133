package com.mdm.domain.port.in;

import java.time.Instant;
import java.util.Objects;

/**
 * A part of a served range that is not certified complete.
 *
 * @param count how many records are missing; null where unknown
 */
public record CoverageHole(Instant start, Instant end, Long count, Reason reason) {

  /** Why the part is not certified complete. */
  public enum Reason {
    /** Its certificate lists these records as missing. */
    MISSING,
    /** Its hour is certified incomplete (an open or unrecoverable gap) without exact records. */
    INCOMPLETE,
    /** Its hour has no certificate yet: not closed, or not audited. */
    UNCERTIFIED
  }

  public CoverageHole {
    Objects.requireNonNull(start, "start must not be null");
    Objects.requireNonNull(end, "end must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
  }
}
