package com.mdm.decoder.binance;

import com.fasterxml.jackson.databind.JsonNode;
import com.mdm.domain.market.Symbol;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads typed fields out of a Binance JSON event; every failure is an {@link Invalid} carrying the
 * reject reason and a detail that names the field. Times are read by {@link EventTimes}.
 */
final class EventFields {

  /**
   * Exponents beyond this are refused before any record sees them; how many digits a stored decimal
   * may have is the records' own rule ({@code Fields.decimal}).
   */
  private static final int MAX_SCALE = 64;

  private static final int MAX_DECIMAL_CHARS = 100;
  private static final int SYMBOL_CACHE_LIMIT = 4096;
  private static final ConcurrentHashMap<String, Symbol> SYMBOLS = new ConcurrentHashMap<>();

  private EventFields() {}

  /**
   * Per-message values the mappers need.
   *
   * @param latestMillis the latest event time accepted: receive time plus the allowed skew
   * @param stream the message's stream name; null where it has none
   * @param streamTrusted whether the stream is Binance's own rather than rebuilt by the producer
   */
  record Context(
      Instant receivedAt,
      long latestMillis,
      int maxDepthLevels,
      String stream,
      boolean streamTrusted) {}

  /** A field that cannot be decoded; carries no stack trace, as it is an expected outcome. */
  static final class Invalid extends RuntimeException {
    private final RejectReason reason;

    Invalid(RejectReason reason, String detail) {
      super(detail, null, false, false);
      this.reason = reason;
    }

    RejectReason reason() {
      return reason;
    }

    /** The same failure, placed inside an enclosing field or element. */
    Invalid within(String where) {
      return new Invalid(reason, where + ": " + getMessage());
    }
  }

  static JsonNode required(JsonNode parent, String field) {
    JsonNode value = parent.get(field);
    if (value == null || value.isNull()) {
      throw new Invalid(RejectReason.MISSING_FIELD, "missing field '" + field + "'");
    }
    return value;
  }

  static JsonNode object(JsonNode parent, String field) {
    JsonNode value = required(parent, field);
    if (!value.isObject()) {
      throw invalidValue(field, "a JSON object", value);
    }
    return value;
  }

  static String text(JsonNode parent, String field) {
    JsonNode value = required(parent, field);
    if (!value.isTextual()) {
      throw invalidValue(field, "a string", value);
    }
    return value.textValue();
  }

  static String optionalText(JsonNode parent, String field) {
    JsonNode value = parent.get(field);
    return value == null || value.isNull() ? null : text(parent, field);
  }

  static long integer(JsonNode parent, String field) {
    JsonNode value = required(parent, field);
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw invalidValue(field, "an integer", value);
    }
    return value.longValue();
  }

  static Long optionalInteger(JsonNode parent, String field) {
    JsonNode value = parent.get(field);
    return value == null || value.isNull() ? null : integer(parent, field);
  }

  static boolean bool(JsonNode parent, String field) {
    JsonNode value = required(parent, field);
    if (!value.isBoolean()) {
      throw invalidValue(field, "true or false", value);
    }
    return value.booleanValue();
  }

  static BigDecimal decimal(JsonNode parent, String field) {
    return decimalOf(required(parent, field), field);
  }

  /** An optional decimal; absent, null and the empty string all read as null. */
  static BigDecimal optionalDecimal(JsonNode parent, String field) {
    JsonNode value = parent.get(field);
    if (value == null || value.isNull() || (value.isTextual() && value.textValue().isEmpty())) {
      return null;
    }
    return decimalOf(value, field);
  }

  /**
   * A decimal from Binance's decimal string, exactly. A JSON number is refused: Binance sends
   * prices, quantities, rates and volumes as strings, so a number has passed through something that
   * may have rounded it.
   */
  static BigDecimal decimalOf(JsonNode value, String field) {
    BigDecimal decimal;
    if (value.isNumber()) {
      throw new Invalid(
          RejectReason.NUMBER_NOT_STRING,
          "field '"
              + field
              + "' must be a decimal string, as Binance sends it, but was the JSON number "
              + show(value)
              + " (a number may already have lost precision)");
    }
    if (value.isTextual()) {
      String text = value.textValue();
      if (text.isEmpty() || text.length() > MAX_DECIMAL_CHARS) {
        throw invalidValue(field, "a decimal number", value);
      }
      try {
        decimal = new BigDecimal(text);
      } catch (NumberFormatException e) {
        throw invalidValue(field, "a decimal number", value);
      }
    } else {
      throw invalidValue(field, "a decimal string", value);
    }
    if (Math.abs(decimal.scale()) > MAX_SCALE) {
      throw invalidValue(field, "a decimal with an exponent within 64", value);
    }
    return decimal;
  }

  /** A symbol exactly as given; parsed symbols are shared, as there are few of them. */
  static Symbol symbol(String value, String field) {
    Symbol cached = SYMBOLS.get(value);
    if (cached != null) {
      return cached;
    }
    Symbol parsed;
    try {
      parsed = Symbol.of(value);
    } catch (IllegalArgumentException e) {
      throw new Invalid(RejectReason.INVALID_SYMBOL, "field '" + field + "': " + e.getMessage());
    }
    if (SYMBOLS.size() < SYMBOL_CACHE_LIMIT) {
      SYMBOLS.putIfAbsent(value, parsed);
    }
    return parsed;
  }

  static Invalid invalidValue(String field, String expected, JsonNode value) {
    return new Invalid(
        RejectReason.INVALID_VALUE,
        "field '" + field + "' must be " + expected + " but was " + show(value));
  }

  /** A short, single-line rendering of a JSON value for a rejection detail. */
  static String show(JsonNode value) {
    String text = value.isTextual() ? "'" + value.textValue() + "'" : value.toString();
    return text.length() > 60 ? text.substring(0, 60) + "..." : text;
  }
}
