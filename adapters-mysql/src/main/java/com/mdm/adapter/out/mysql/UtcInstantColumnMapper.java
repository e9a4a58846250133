package com.mdm.adapter.out.mysql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads UTC {@code DATETIME(3)} columns as instants, replacing Jdbi's zone-dependent default. */
public final class UtcInstantColumnMapper implements ColumnMapper<Instant> {

  public UtcInstantColumnMapper() {}

  @Override
  public Instant map(ResultSet resultSet, int columnNumber, StatementContext context)
      throws SQLException {
    return UtcTimes.fromColumn(resultSet.getObject(columnNumber, LocalDateTime.class));
  }
}
