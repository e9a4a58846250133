package com.mdm.adapter.out.mysql;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * How instants meet {@code DATETIME(3)} columns: as UTC wall-clock values at millisecond precision.
 * Written as text and read as {@code LocalDateTime}, they pass through JDBC without any zone
 * conversion, so neither the JVM's nor the server's time zone can shift a stored value.
 */
final class UtcTimes {

  private static final DateTimeFormatter COLUMN_TEXT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS");

  private UtcTimes() {}

  /** The instant as the database keeps it; null stays null. */
  static Instant stored(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
  }

  /**
   * The column value as a literal such as {@code 2024-03-10 02:30:00.123}. Text, because
   * Connector/J drops the fraction of temporal parameters on MariaDB, which it takes for a 5.5
   * server.
   */
  static String toColumnText(Instant instant) {
    return COLUMN_TEXT.format(LocalDateTime.ofInstant(stored(instant), ZoneOffset.UTC));
  }

  static Instant fromColumn(LocalDateTime value) {
    return value == null ? null : value.toInstant(ZoneOffset.UTC);
  }
}
