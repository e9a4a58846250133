package com.mdm.adapter.in.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.mdm.domain.port.in.InvalidRequestException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Pattern;

/**
 * Reads a time of the original service's request bodies as its (pydantic) {@code datetime} fields
 * did: ISO-8601 with or without an offset (none means UTC, as the original's naive times were), a
 * date meaning its UTC midnight, or Unix time as a number or numeric string, in seconds up to
 * 2×10¹⁰ and in milliseconds above.
 */
final class OriginalTime {

  private static final BigDecimal MILLIS_ABOVE = new BigDecimal("2e10");
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
  private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);
  private static final Pattern NUMBER = Pattern.compile("^-?\\d+(\\.\\d+)?$");
  private static final DateTimeFormatter DATE_TIME =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .appendLiteral('T')
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .toFormatter();

  private OriginalTime() {}

  static Instant of(String field, JsonNode value) {
    if (value.isNumber()) {
      return unix(field, value.decimalValue());
    }
    if (!value.isTextual()) {
      throw new InvalidRequestException(field, field + " must be a string or a number");
    }
    String text = value.asText().trim();
    if (NUMBER.matcher(text).matches()) {
      return unix(field, new BigDecimal(text));
    }
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      // the original also took a space or an underscore between date and time
      String iso =
          text.length() > 10 && (text.charAt(10) == ' ' || text.charAt(10) == '_')
              ? text.substring(0, 10) + 'T' + text.substring(11)
              : text;
      TemporalAccessor parsed = DATE_TIME.parseBest(iso, OffsetDateTime::from, LocalDateTime::from);
      return parsed instanceof OffsetDateTime offset
          ? offset.toInstant()
          : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      throw notATime(field, text);
    }
  }

  private static Instant unix(String field, BigDecimal number) {
    BigDecimal seconds =
        number.abs().compareTo(MILLIS_ABOVE) > 0
            ? number.divide(THOUSAND, 9, RoundingMode.FLOOR)
            : number;
    BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
    try {
      return Instant.ofEpochSecond(
          whole.longValueExact(), seconds.subtract(whole).multiply(BILLION).longValue());
    } catch (ArithmeticException | DateTimeException e) {
      throw notATime(field, number.toPlainString());
    }
  }

  private static InvalidRequestException notATime(String field, String text) {
    return new InvalidRequestException(
        field,
        field
            + " '"
            + Params.abbreviate(text)
            + "' is not a time: expected ISO-8601 such as 2024-05-01T00:00:00Z (no offset means"
            + " UTC), or Unix time in seconds or milliseconds");
  }
}
