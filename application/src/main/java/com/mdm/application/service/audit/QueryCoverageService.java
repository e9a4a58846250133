package com.mdm.application.service.audit;

import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.metadata.CertificateState;
import com.mdm.domain.metadata.CompletenessCertificate;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.metadata.ReconciliationFinding;
import com.mdm.domain.port.in.CoverageHole;
import com.mdm.domain.port.in.CoverageReport;
import com.mdm.domain.port.in.InvalidRequestException;
import com.mdm.domain.port.in.QueryCoverageUseCase;
import com.mdm.domain.port.in.RangeCoverage;
import com.mdm.domain.port.out.CertificateRepository;
import com.mdm.domain.port.out.ReconciliationLog;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Answers coverage from the stored certificates and reconciliation findings. */
public final class QueryCoverageService implements QueryCoverageUseCase {

  /** The longest range one coverage report covers. */
  public static final Duration MAX_REPORT = Duration.ofDays(93);

  /** The longest served range whose coverage is worked out; a longer one is uncertified. */
  private static final Duration MAX_RANGE = Duration.ofDays(3660);

  private final CertificateRepository certificates;
  private final ReconciliationLog findings;

  public QueryCoverageService(CertificateRepository certificates, ReconciliationLog findings) {
    this.certificates = Objects.requireNonNull(certificates, "certificates must not be null");
    this.findings = Objects.requireNonNull(findings, "findings must not be null");
  }

  @Override
  public CoverageReport coverage(String datasetId, Instant from, Instant to) {
    Objects.requireNonNull(datasetId, "datasetId must not be null");
    checkRange(from, to, MAX_REPORT);
    Instant first = from.truncatedTo(ChronoUnit.HOURS);
    List<CompletenessCertificate> hours = certificates.latest(datasetId, first, to);
    return new CoverageReport(datasetId, from, to, hours, CoverageDays.of(from, to, hours));
  }

  @Override
  public List<CompletenessCertificate> versions(String datasetId, Instant hourStart) {
    Objects.requireNonNull(datasetId, "datasetId must not be null");
    Objects.requireNonNull(hourStart, "hourStart must not be null");
    return certificates.versions(datasetId, hourStart.truncatedTo(ChronoUnit.HOURS));
  }

  @Override
  public RangeCoverage range(SeriesKey key, Instant from, Instant to) {
    Objects.requireNonNull(key, "key must not be null");
    if (from == null || to == null || !to.isAfter(from)) {
      return RangeCoverage.empty();
    }
    if (Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
      // no deployment has certified ten years of hours: not worth reading them hour by hour
      return new RangeCoverage(
          false, List.of(new CoverageHole(from, to, null, CoverageHole.Reason.UNCERTIFIED)));
    }
    Instant first = from.truncatedTo(ChronoUnit.HOURS);
    return CoverageHoles.of(from, to, certificates.latest(key.datasetId(), first, to));
  }

  @Override
  public Map<CertificateState, Long> summary(String datasetId) {
    return certificates.stateCounts(Objects.requireNonNull(datasetId, "datasetId"));
  }

  @Override
  public List<ReconciliationFinding> reconciliation(
      String datasetId, Instant from, Instant to, PageRequest page) {
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidRequestException("start", "start " + from + " is after end " + to);
    }
    return findings.list(datasetId, from, to, Objects.requireNonNull(page, "page"));
  }

  private static void checkRange(Instant from, Instant to, Duration max) {
    if (from == null) {
      throw new InvalidRequestException("start", "start is required");
    }
    if (to == null) {
      throw new InvalidRequestException("end", "end is required");
    }
    if (!to.isAfter(from)) {
      throw new InvalidRequestException("end", "end " + to + " must be after start " + from);
    }
    if (Duration.between(from, to).compareTo(max) > 0) {
      throw new InvalidRequestException(
          "end",
          "the range from " + from + " to " + to + " is longer than " + max.toDays() + " days");
    }
  }
}
