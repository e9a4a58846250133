package com.mdm.adapter.out.mongo;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.bson.types.Decimal128;

/**
 * Converts between domain values and their BSON form: decimals as exact {@link Decimal128}, times
 * as BSON dates (UTC, millisecond precision). Readers fail with the field name when a required
 * value is missing or has another type.
 */
final class BsonValues {

  private BsonValues() {}

  static Decimal128 decimal(BigDecimal value, String field) {
    if (value == null) {
      return null;
    }
    try {
      return new Decimal128(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          field
              + " "
              + value.toPlainString()
              + " does not fit a Decimal128 exactly (at most 34 significant digits)",
          e);
    }
  }

  static Date date(Instant value) {
    return value == null ? null : Date.from(value);
  }

  /** Adds the field only when the value is present, so absent optional values take no space. */
  static void putOptional(Document document, String field, Object value) {
    if (value != null) {
      document.append(field, value);
    }
  }

  static BigDecimal readDecimal(Document document, String field) {
    return required(readDecimalOrNull(document, field), document, field);
  }

  static BigDecimal readDecimalOrNull(Document document, String field) {
    Object value = document.get(field);
    if (value == null) {
      return null;
    }
    if (value instanceof Decimal128 decimal) {
      return decimal.bigDecimalValue();
    }
    throw wrongType(document, field, "Decimal128", value);
  }

  static BigDecimal decimalElement(Object value, String field) {
    if (value instanceof Decimal128 decimal) {
      return decimal.bigDecimalValue();
    }
    throw new IllegalStateException(
        "stored " + field + " holds " + describe(value) + ", expected Decimal128");
  }

  static Instant readInstant(Document document, String field) {
    return required(readInstantOrNull(document, field), document, field);
  }

  static Instant readInstantOrNull(Document document, String field) {
    Object value = document.get(field);
    if (value == null) {
      return null;
    }
    if (value instanceof Date date) {
      return date.toInstant();
    }
    throw wrongType(document, field, "date", value);
  }

  static long readLong(Document document, String field) {
    return required(readLongOrNull(document, field), document, field);
  }

  static Long readLongOrNull(Document document, String field) {
    Object value = document.get(field);
    if (value == null) {
      return null;
    }
    if (value instanceof Long || value instanceof Integer) {
      return ((Number) value).longValue();
    }
    throw wrongType(document, field, "integer", value);
  }

  static String readString(Document document, String field) {
    return required(readStringOrNull(document, field), document, field);
  }

  static String readStringOrNull(Document document, String field) {
    Object value = document.get(field);
    if (value == null || value instanceof String) {
      return (String) value;
    }
    throw wrongType(document, field, "string", value);
  }

  static boolean readBoolean(Document document, String field) {
    Object value = required(document.get(field), document, field);
    if (value instanceof Boolean flag) {
      return flag;
    }
    throw wrongType(document, field, "boolean", value);
  }

  private static <V> V required(V value, Document document, String field) {
    if (value == null) {
      throw new IllegalStateException(
          "stored document " + document.get("_id") + " lacks required field " + field);
    }
    return value;
  }

  private static IllegalStateException wrongType(
      Document document, String field, String expected, Object value) {
    return new IllegalStateException(
        "stored document "
            + document.get("_id")
            + " has "
            + field
            + " of "
            + describe(value)
            + ", expected "
            + expected);
  }

  private static String describe(Object value) {
    return value == null ? "null" : value.getClass().getSimpleName() + " " + value;
  }
}
