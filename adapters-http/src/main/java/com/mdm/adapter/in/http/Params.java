package com.mdm.adapter.in.http;

import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.in.InvalidRequestException;
import io.javalin.http.Context;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads typed query parameters; anything malformed fails with an {@link InvalidRequestException}
 * naming the parameter and saying what was expected.
 */
final class Params {

  static final int DEFAULT_PAGE = 100;
  private static final Pattern EPOCH_MILLIS = Pattern.compile("^\\d{1,15}$");

  private Params() {}

  /** The single value of the parameter; null when absent or empty. */
  static String text(Context ctx, String name) {
    List<String> values = ctx.queryParams(name);
    if (values.size() > 1) {
      throw new InvalidRequestException(name, name + " was given " + values.size() + " times");
    }
    return values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst().trim();
  }

  static String requiredText(Context ctx, String name) {
    String value = text(ctx, name);
    if (value == null) {
      throw new InvalidRequestException(name, name + " is required");
    }
    return value;
  }

  static Symbol pair(Context ctx, String name) {
    String value = text(ctx, name);
    return value == null ? null : symbol(name, value);
  }

  static Symbol requiredPair(Context ctx) {
    return symbol("pair", requiredText(ctx, "pair"));
  }

  static Symbol symbol(String name, String value) {
    try {
      return Symbol.of(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(name, e.getMessage());
    }
  }

  static Timeframe period(Context ctx) {
    String value = text(ctx, "period");
    return value == null ? null : timeframe("period", value);
  }

  static Timeframe timeframe(String name, String value) {
    try {
      return Timeframe.of(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          name, "period '" + value + "' is invalid: expected one of " + Timeframe.codes());
    }
  }

  static Instant time(Context ctx, String name) {
    String value = text(ctx, name);
    return value == null ? null : time(name, value);
  }

  /**
   * ISO-8601 (an instant, a date-time with offset, or a date meaning its UTC midnight) or epoch ms.
   */
  static Instant time(String name, String value) {
    if (EPOCH_MILLIS.matcher(value).matches()) {
      return Instant.ofEpochMilli(Long.parseLong(value));
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeException notADateTime) {
      try {
        return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeException notADate) {
        throw new InvalidRequestException(
            name,
            name
                + " '"
                + abbreviate(value)
                + "' is not a time: expected ISO-8601 such as 2024-05-01T00:00:00Z, or epoch"
                + " milliseconds");
      }
    }
  }

  static Integer integer(Context ctx, String name) {
    String value = text(ctx, name);
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException e) {
      throw new InvalidRequestException(
          name, name + " '" + abbreviate(value) + "' is not a whole number");
    }
  }

  /** {@code true} or {@code false}; absent is false. */
  static boolean flag(Context ctx, String name) {
    String value = text(ctx, name);
    if (value == null || value.equals("false")) {
      return false;
    }
    if (value.equals("true")) {
      return true;
    }
    throw new InvalidRequestException(
        name, name + " '" + abbreviate(value) + "' is invalid: expected true or false");
  }

  static SortOrder order(Context ctx) {
    String value = text(ctx, "order");
    if (value == null || value.equalsIgnoreCase("asc")) {
      return SortOrder.ASCENDING;
    }
    if (value.equalsIgnoreCase("desc")) {
      return SortOrder.DESCENDING;
    }
    throw new InvalidRequestException(
        "order", "order '" + abbreviate(value) + "' is invalid: expected asc or desc");
  }

  /** One of the enum's constants, written in lower case in the API; null when absent. */
  static <E extends Enum<E>> E choice(Context ctx, String name, Class<E> type) {
    String value = text(ctx, name);
    return value == null ? null : choice(name, value, type);
  }

  static <E extends Enum<E>> E choice(String name, String value, Class<E> type) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value)) {
        return constant;
      }
    }
    throw new InvalidRequestException(
        name, name + " '" + abbreviate(value) + "' is invalid: expected one of " + names(type));
  }

  static <E extends Enum<E>> List<String> names(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(constant -> constant.name().toLowerCase(Locale.ROOT))
        .toList();
  }

  /** {@code limit} (default 100, at most 1000) and {@code offset} (default 0). */
  static PageRequest page(Context ctx) {
    Integer limit = integer(ctx, "limit");
    Integer offset = integer(ctx, "offset");
    int size = limit == null ? DEFAULT_PAGE : limit;
    if (size < 1 || size > PageRequest.MAX_LIMIT) {
      throw new InvalidRequestException(
          "limit", "limit must be between 1 and " + PageRequest.MAX_LIMIT + " but was " + size);
    }
    if (offset != null && offset < 0) {
      throw new InvalidRequestException("offset", "offset must be >= 0 but was " + offset);
    }
    return new PageRequest(offset == null ? 0 : offset, size);
  }

  static String abbreviate(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "..." : value;
  }
}
