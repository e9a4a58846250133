package com.mdm.domain.port.in;

import java.util.List;
import java.util.Objects;

/**
 * Whether a served range is certified complete, and where it is not.
 *
 * @param complete true when every hour the range touches is certified in a complete state
 * @param missing what keeps it from being complete, in time order
 */
public record RangeCoverage(boolean complete, List<CoverageHole> missing) {

  public RangeCoverage {
    missing = List.copyOf(Objects.requireNonNull(missing, "missing must not be null"));
  }

  /** The coverage of an empty range: nothing is missing from it. */
  public static RangeCoverage empty() {
    return new RangeCoverage(true, List.of());
  }
}
