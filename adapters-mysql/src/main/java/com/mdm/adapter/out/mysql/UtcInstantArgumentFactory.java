package com.mdm.adapter.out.mysql;

import java.sql.Types;
import java.time.Instant;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/** Binds instants as UTC {@code DATETIME(3)} values, replacing Jdbi's zone-dependent default. */
public final class UtcInstantArgumentFactory extends AbstractArgumentFactory<Instant> {

  public UtcInstantArgumentFactory() {
    super(Types.TIMESTAMP);
  }

  @Override
  protected Argument build(Instant value, ConfigRegistry config) {
    return (position, statement, context) ->
        statement.setString(position, UtcTimes.toColumnText(value));
  }
}
