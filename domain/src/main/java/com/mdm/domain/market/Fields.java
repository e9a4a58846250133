package com.mdm.domain.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** Constructor checks shared by the market-data records; each message names the field. */
public final class Fields {

  /** Decimal128, where the series are stored, holds this many significant digits exactly. */
  private static final int MAX_DIGITS = 34;

  private Fields() {}

  public static <T> T required(T value, String field) {
    return Objects.requireNonNull(value, () -> field + " must not be null");
  }

  /** A decimal of at most 34 significant digits, so that it is stored exactly. */
  public static BigDecimal decimal(BigDecimal value, String field) {
    required(value, field);
    if (value.precision() > MAX_DIGITS) {
      throw new IllegalArgumentException(
          field
              + " must have at most "
              + MAX_DIGITS
              + " significant digits but has "
              + value.precision()
              + ": "
              + value); // not toPlainString: a large exponent would make it huge
    }
    return value;
  }

  public static BigDecimal decimalOrNull(BigDecimal value, String field) {
    return value == null ? null : decimal(value, field);
  }

  public static BigDecimal positive(BigDecimal value, String field) {
    decimal(value, field);
    if (value.signum() <= 0) {
      throw new IllegalArgumentException(field + " must be > 0 but was " + value.toPlainString());
    }
    return value;
  }

  public static BigDecimal nonNegative(BigDecimal value, String field) {
    decimal(value, field);
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
