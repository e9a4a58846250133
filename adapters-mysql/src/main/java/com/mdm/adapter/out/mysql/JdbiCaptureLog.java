package com.mdm.adapter.out.mysql;

import com.mdm.domain.metadata.CaptureMinute;
import com.mdm.domain.port.out.CaptureLog;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The receipt log in {@code capture_minutes} and {@code capture_subjects}. Counts are added by an
 * update that falls back to an insert (and, when another writer inserted first, to the update
 * again), which behaves alike on MySQL, MariaDB and H2.
 */
public final class JdbiCaptureLog implements CaptureLog {

  private final Jdbi jdbi;

  public JdbiCaptureLog(Jdbi jdbi) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi must not be null");
  }

  @Override
  public void add(List<CaptureMinute> minutes) {
    Objects.requireNonNull(minutes, "minutes must not be null");
    jdbi.useTransaction(
        handle -> {
          CaptureLogDao dao = handle.attach(CaptureLogDao.class);
          for (CaptureMinute minute : minutes) {
            add(dao, minute);
          }
        });
  }

  private static void add(CaptureLogDao dao, CaptureMinute m) {
    if (dao.addTo(m.subject(), m.minute(), m.received(), m.deadLettered()) == 1) {
      return;
    }
    try {
      dao.insert(m.subject(), m.minute(), m.received(), m.deadLettered());
    } catch (UnableToExecuteStatementException e) {
      if (!isDuplicateKey(e)) {
        throw e;
      }
      dao.addTo(m.subject(), m.minute(), m.received(), m.deadLettered());
    }
  }

  @Override
  public void link(String datasetId, String subject, Instant seen) {
    Objects.requireNonNull(datasetId, "datasetId must not be null");
    Objects.requireNonNull(subject, "subject must not be null");
    Objects.requireNonNull(seen, "seen must not be null");
    CaptureLogDao dao = jdbi.onDemand(CaptureLogDao.class);
    if (dao.linked(datasetId, subject) > 0) {
      return;
    }
    try {
      dao.link(datasetId, subject, UtcTimes.stored(seen));
    } catch (UnableToExecuteStatementException e) {
      if (!isDuplicateKey(e)) {
        throw e;
      }
    }
  }

  @Override
  public List<CaptureMinute> minutes(String datasetId, Instant from, Instant to) {
    Objects.requireNonNull(datasetId, "datasetId must not be null");
    return jdbi.onDemand(CaptureLogDao.class).minutes(datasetId, from, to).stream()
        .map(
            row ->
                new CaptureMinute(
                    row.subject(), row.minuteStart(), row.received(), row.deadLettered()))
        .toList();
  }

  private static boolean isDuplicateKey(UnableToExecuteStatementException e) {
    return e.getCause() instanceof SQLException sql
        && sql.getSQLState() != null
        && sql.getSQLState().startsWith("23");
  }
}
