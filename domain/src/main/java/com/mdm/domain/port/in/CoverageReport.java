package com.mdm.domain.port.in;

import com.mdm.domain.metadata.CompletenessCertificate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The certificates of a dataset's hours in {@code [from, to)} and a summary per UTC day.
 *
 * @param hours the newest version of each certified hour, by hour; hours without one are absent
 */
public record CoverageReport(
    String datasetId,
    Instant from,
    Instant to,
    List<CompletenessCertificate> hours,
    List<CoverageDay> days) {

  public CoverageReport {
    Objects.requireNonNull(datasetId, "datasetId must not be null");
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    hours = List.copyOf(Objects.requireNonNull(hours, "hours must not be null"));
    days = List.copyOf(Objects.requireNonNull(days, "days must not be null"));
  }
}
