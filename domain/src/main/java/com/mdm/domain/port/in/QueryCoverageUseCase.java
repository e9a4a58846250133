package com.mdm.domain.port.in;

import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.metadata.CertificateState;
import com.mdm.domain.metadata.CompletenessCertificate;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.metadata.ReconciliationFinding;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Reads what the completeness certificates and the reconciliations say about stored data. */
public interface QueryCoverageUseCase {

  /** The newest certificate of each hour of {@code [from, to)}, with a summary per UTC day. */
  CoverageReport coverage(String datasetId, Instant from, Instant to);

  /** Every version of the certificate of the hour starting at {@code hourStart}, oldest first. */
  List<CompletenessCertificate> versions(String datasetId, Instant hourStart);

  /** Whether every hour {@code [from, to)} touches is certified complete, and what is missing. */
  RangeCoverage range(SeriesKey key, Instant from, Instant to);

  /** How many certified hours of the dataset are in each state. */
  Map<CertificateState, Long> summary(String datasetId);

  /** Reconciliation findings of {@code datasetId} (null: all), newest minute first. */
  List<ReconciliationFinding> reconciliation(
      String datasetId, Instant from, Instant to, PageRequest page);
}
