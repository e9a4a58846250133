package com.mdm.adapter.out.mysql;

import com.mdm.domain.metadata.CertificateState;
import com.mdm.domain.metadata.CompletenessCertificate;
import com.mdm.domain.port.out.CertificateRepository;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** The completeness certificates in {@code completeness_certificates}, every version a row. */
public final class JdbiCertificateRepository implements CertificateRepository {

  private final CertificateDao dao;

  public JdbiCertificateRepository(Jdbi jdbi) {
    this.dao = Objects.requireNonNull(jdbi, "jdbi must not be null").onDemand(CertificateDao.class);
  }

  @Override
  public void append(CompletenessCertificate c) {
    Objects.requireNonNull(c, "certificate must not be null");
    try {
      dao.insert(
          new CertificateRow(
              c.datasetId(),
              UtcTimes.stored(c.hourStart()),
              c.version(),
              c.expected(),
              c.present(),
              MissingRangeJson.write(c.missing()),
              c.sha256(),
              c.state().name(),
              UtcTimes.stored(c.computedAt())));
    } catch (UnableToExecuteStatementException e) {
      if (e.getCause() instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("23")) {
        throw new IllegalStateException(
            "version "
                + c.version()
                + " of "
                + c.datasetId()
                + " at "
                + c.hourStart()
                + " is stored already",
            e);
      }
      throw e;
    }
  }

  @Override
  public Optional<CompletenessCertificate> latest(String datasetId, Instant hourStart) {
    List<CertificateRow> versions = dao.versions(datasetId, hourStart);
    return versions.isEmpty() ? Optional.empty() : Optional.of(toDomain(versions.getLast()));
  }

  @Override
  public List<CompletenessCertificate> latest(String datasetId, Instant from, Instant to) {
    return dao.newest(datasetId, from, to).stream()
        .map(JdbiCertificateRepository::toDomain)
        .toList();
  }

  @Override
  public List<CompletenessCertificate> versions(String datasetId, Instant hourStart) {
    return dao.versions(datasetId, hourStart).stream()
        .map(JdbiCertificateRepository::toDomain)
        .toList();
  }

  @Override
  public Map<CertificateState, Long> stateCounts(String datasetId) {
    Map<CertificateState, Long> counts = new EnumMap<>(CertificateState.class);
    for (StateCountRow row : dao.stateCounts(datasetId)) {
      counts.put(CertificateState.valueOf(row.state()), row.hours());
    }
    return Map.copyOf(counts);
  }

  private static CompletenessCertificate toDomain(CertificateRow row) {
    return new CompletenessCertificate(
        row.datasetId(),
        row.hourStart(),
        row.version(),
        row.expectedRecords(),
        row.presentRecords(),
        MissingRangeJson.read(row.missing()),
        row.sha256(),
        CertificateState.valueOf(row.state()),
        row.computedAt());
  }
}
