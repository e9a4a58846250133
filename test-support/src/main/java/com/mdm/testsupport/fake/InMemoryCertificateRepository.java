package com.mdm.testsupport.fake;

import com.mdm.domain.metadata.CertificateState;
import com.mdm.domain.metadata.CompletenessCertificate;
import com.mdm.domain.port.out.CertificateRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The completeness certificates in memory, kept as the Jdbi repository keeps them: every version of
 * an hour, a version stored twice refused, the newest version of an hour the one that counts.
 */
public final class InMemoryCertificateRepository implements CertificateRepository {

  private record Hour(String datasetId, Instant start) {}

  private final Map<Hour, TreeMap<Integer, CompletenessCertificate>> hours =
      new java.util.HashMap<>();

  @Override
  public synchronized void append(CompletenessCertificate certificate) {
    Objects.requireNonNull(certificate, "certificate must not be null");
    TreeMap<Integer, CompletenessCertificate> versions =
        hours.computeIfAbsent(
            new Hour(certificate.datasetId(), certificate.hourStart()), h -> new TreeMap<>());
    if (versions.containsKey(certificate.version())) {
      throw new IllegalStateException(
          "version "
              + certificate.version()
              + " of "
              + certificate.datasetId()
              + " at "
              + certificate.hourStart()
              + " is stored already");
    }
    versions.put(certificate.version(), certificate);
  }

  @Override
  public synchronized Optional<CompletenessCertificate> latest(
      String datasetId, Instant hourStart) {
    TreeMap<Integer, CompletenessCertificate> versions = hours.get(new Hour(datasetId, hourStart));
    return versions == null ? Optional.empty() : Optional.of(versions.lastEntry().getValue());
  }

  @Override
  public synchronized List<CompletenessCertificate> latest(
      String datasetId, Instant from, Instant to) {
    List<CompletenessCertificate> found = new ArrayList<>();
    hours.forEach(
        (hour, versions) -> {
          if (hour.datasetId().equals(datasetId)
              && !hour.start().isBefore(from)
              && hour.start().isBefore(to)) {
            found.add(versions.lastEntry().getValue());
          }
        });
    found.sort(Comparator.comparing(CompletenessCertificate::hourStart));
    return List.copyOf(found);
  }

  @Override
  public synchronized List<CompletenessCertificate> versions(String datasetId, Instant hourStart) {
    TreeMap<Integer, CompletenessCertificate> versions = hours.get(new Hour(datasetId, hourStart));
    return versions == null ? List.of() : List.copyOf(versions.values());
  }

  @Override
  public synchronized Map<CertificateState, Long> stateCounts(String datasetId) {
    Map<CertificateState, Long> counts = new EnumMap<>(CertificateState.class);
    hours.forEach(
        (hour, versions) -> {
          if (hour.datasetId().equals(datasetId)) {
            counts.merge(versions.lastEntry().getValue().state(), 1L, Long::sum);
          }
        });
    return Map.copyOf(counts);
  }
}
