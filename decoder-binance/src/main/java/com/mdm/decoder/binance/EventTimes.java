package com.mdm.decoder.binance;

import static com.mdm.decoder.binance.EventFields.required;
import static com.mdm.decoder.binance.EventFields.show;

import com.fasterxml.jackson.databind.JsonNode;
import com.mdm.decoder.binance.EventFields.Invalid;
import java.time.Instant;

/**
 * Reads Binance's epoch-millisecond times, refusing values in another unit and values later than
 * the receive time allows.
 */
final class EventTimes {

  /** Below this an epoch value is more likely seconds than milliseconds (1973-03-03). */
  private static final long MIN_MILLIS = 100_000_000_000L;

  /** Above this an epoch value is more likely micro- or nanoseconds than milliseconds (5138). */
  private static final long MAX_MILLIS = 100_000_000_000_000L;

  private EventTimes() {}

  /** An epoch-millisecond time; past {@code latestMillis} is too far in the future. */
  static Instant time(JsonNode parent, String field, long latestMillis) {
    return timeOf(required(parent, field), field, latestMillis);
  }

  static Instant optionalTime(JsonNode parent, String field, long latestMillis) {
    JsonNode value = parent.get(field);
    return value == null || value.isNull() ? null : timeOf(value, field, latestMillis);
  }

  static Instant timeOf(JsonNode value, String field, long latestMillis) {
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new Invalid(
          RejectReason.INVALID_TIMESTAMP,
          "field '" + field + "' must be epoch milliseconds (an integer) but was " + show(value));
    }
    long millis = value.longValue();
    if (millis < MIN_MILLIS) {
      throw badTime(field, millis, "is before 1973: expected epoch milliseconds, not seconds");
    }
    if (millis > MAX_MILLIS) {
      throw badTime(field, millis, "is after 5138: expected epoch milliseconds, not micro/nanos");
    }
    if (millis > latestMillis) {
      throw badTime(
          field,
          millis,
          "is later than receivedAt + maxFutureSkew (" + Instant.ofEpochMilli(latestMillis) + ")");
    }
    return Instant.ofEpochMilli(millis);
  }

  private static Invalid badTime(String field, long millis, String problem) {
    return new Invalid(
        RejectReason.INVALID_TIMESTAMP, "field '" + field + "' = " + millis + " " + problem);
  }
}
