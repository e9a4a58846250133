package com.mdm.domain.port.in;

import com.mdm.domain.metadata.CertificateState;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One UTC day of a coverage report.
 *
 * @param hours hours of the day inside the requested range
 * @param certified how many of them have a certificate
 * @param complete how many are certified in a complete state
 * @param states certified hours per state
 * @param present records present in the certified hours
 * @param missing records known to be missing from them (ranges of unknown size not counted)
 */
public record CoverageDay(
    Instant day,
    int hours,
    int certified,
    int complete,
    Map<CertificateState, Integer> states,
    long present,
    long missing) {

  public CoverageDay {
    Objects.requireNonNull(day, "day must not be null");
    states = Map.copyOf(Objects.requireNonNull(states, "states must not be null"));
  }
}
