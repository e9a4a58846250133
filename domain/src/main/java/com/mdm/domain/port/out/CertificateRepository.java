package com.mdm.domain.port.out;

import com.mdm.domain.metadata.CertificateState;
import com.mdm.domain.metadata.CompletenessCertificate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The completeness certificates of dataset hours, every version kept. */
public interface CertificateRepository {

  /**
   * Stores {@code certificate} as a new version of its hour.
   *
   * @throws IllegalStateException when that version of the hour is stored already
   */
  void append(CompletenessCertificate certificate);

  /** The newest version of the hour starting at {@code hourStart}. */
  Optional<CompletenessCertificate> latest(String datasetId, Instant hourStart);

  /** The newest version of each certified hour starting in {@code [from, to)}, by hour. */
  List<CompletenessCertificate> latest(String datasetId, Instant from, Instant to);

  /** Every version of the hour, oldest first. */
  List<CompletenessCertificate> versions(String datasetId, Instant hourStart);

  /** How many certified hours of the dataset are in each state, newest versions only. */
  Map<CertificateState, Long> stateCounts(String datasetId);
}
