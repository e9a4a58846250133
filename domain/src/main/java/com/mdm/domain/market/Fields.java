package com.mdm.domain.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** Constructor checks shared by the market-data records; each message names the field. */
public final class Fields {

  private Fields() {}

  public static <T> T required(T value, String field) {
    return Objects.requireNonNull(value, () -> field + " must not be null");
  }

  public static BigDecimal positive(BigDecimal value, String field) {
    required(value, field);
    if (value.signum() <= 0) {
      throw new IllegalArgumentException(field + " must be > 0 but was " + value.toPlainString());
    }
    return value;
  }

  public static BigDecimal nonNegative(BigDecimal value, String field) {
    required(value, field);
    if (value.signum() < 0) {
      throw new IllegalArgumentException(field + " must be >= 0 but was " + value.toPlainString());
    }
    return value;
  }

  public static BigDecimal nonNegativeOrNull(BigDecimal value, String field) {
    return value == null ? null : nonNegative(value, field);
  }

  public static BigDecimal positiveOrNull(BigDecimal value, String field) {
    return value == null ? null : positive(value, field);
  }

  public static long nonNegative(long value, String field) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must be >= 0 but was " + value);
    }
    return value;
  }

  public static Instant time(Instant value, String field) {
    required(value, field);
    if (value.isBefore(Instant.EPOCH)) {
      throw new IllegalArgumentException(field + " must not be before 1970 but was " + value);
    }
    return value;
  }
}
