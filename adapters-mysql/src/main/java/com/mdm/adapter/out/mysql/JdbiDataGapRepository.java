package com.mdm.adapter.out.mysql;

import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.metadata.GapFate;
import com.mdm.domain.metadata.GapFilter;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.out.DataGapRepository;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Gaps found by the auditor in the {@code data_gaps} table. An upsert inserts first and falls back
 * to an update when the key exists, which tells new gaps from known ones on every server without
 * relying on driver-specific affected-row counts.
 */
public final class JdbiDataGapRepository implements DataGapRepository {

  private final DataGapDao dao;

  public JdbiDataGapRepository(Jdbi jdbi) {
    this.dao = Objects.requireNonNull(jdbi, "jdbi must not be null").onDemand(DataGapDao.class);
  }

  @Override
  public boolean upsert(DataGap gap) {
    Objects.requireNonNull(gap, "gap must not be null");
    DataGapRow row = DataGapMapper.toRow(gap);
    try {
      dao.insert(row);
      return true;
    } catch (UnableToExecuteStatementException e) {
      if (!isDuplicateKey(e)) {
        throw e;
      }
    }
    dao.refresh(row);
    return false;
  }

  @Override
  public Optional<DataGap> get(String gapId) {
    Objects.requireNonNull(gapId, "gapId must not be null");
    return dao.get(gapId).map(DataGapMapper::toDomain);
  }

  @Override
  public List<DataGap> list(GapFilter filter, PageRequest page) {
    Objects.requireNonNull(filter, "filter must not be null");
    Objects.requireNonNull(page, "page must not be null");
    return dao
        .list(
            filter.datasetId(),
            Codes.name(filter.status()),
            Codes.name(filter.cause()),
            Codes.name(filter.fate()),
            page.limit(),
            page.offset())
        .stream()
        .map(DataGapMapper::toDomain)
        .toList();
  }

  @Override
  public boolean updateFate(String gapId, GapFate fate, Instant now) {
    Objects.requireNonNull(gapId, "gapId must not be null");
    Objects.requireNonNull(fate, "fate must not be null");
    Objects.requireNonNull(now, "now must not be null");
    return dao.updateFate(
            gapId,
            fate.status().name(),
            fate.kind().name(),
            fate.jobId(),
            fate.recordsInserted(),
            DataGapMapper.reason(fate),
            now)
        == 1;
  }

  private static boolean isDuplicateKey(UnableToExecuteStatementException e) {
    return e.getCause() instanceof SQLException sql
        && sql.getSQLState() != null
        && sql.getSQLState().startsWith("23");
  }
}
