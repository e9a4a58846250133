package com.mdm.decoder.binance;

import java.util.Locale;

/** Why a message, or one event inside it, could not be decoded into a market event. */
public enum RejectReason {
  MALFORMED_JSON,
  OVERSIZED_FRAME,
  UNKNOWN_EVENT_TYPE,
  MISSING_FIELD,
  INVALID_SYMBOL,
  INVALID_VALUE,
  INVALID_TIMESTAMP,
  TOO_MANY_LEVELS,
  /** Nesting, a string, a field name or a number beyond what the parser is allowed to read. */
  LIMIT_EXCEEDED,
  /** A field given twice in one JSON object: which value was meant cannot be known. */
  DUPLICATE_FIELD,
  /** A price, quantity, rate or volume sent as a JSON number, which may have lost precision. */
  NUMBER_NOT_STRING,
  /** Handling the message failed in a way nobody planned for; the log has the incident id. */
  INTERNAL_ERROR;

  private final String code = name().toLowerCase(Locale.ROOT);

  /** The reason in lower snake case, e.g. {@code malformed_json}, for metrics and headers. */
  public String code() {
    return code;
  }
}
