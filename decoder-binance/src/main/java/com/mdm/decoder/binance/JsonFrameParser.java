package com.mdm.decoder.binance;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.mdm.decoder.binance.EventFields.Invalid;
import java.io.IOException;

/**
 * Parses one frame into a JSON tree within the configured limits: UTF-8 only (no byte-order mark,
 * no UTF-16 or UTF-32, which Jackson would otherwise detect and accept), one value with nothing
 * after it, no field twice in an object, bounded nesting, string, name and number lengths.
 */
final class JsonFrameParser {

  /** Binance field names are one or two letters, envelope names a few more. */
  static final int MAX_NAME_CHARS = 256;

  /** Binance's longest numbers are 19-digit ids; decimals come as strings, bounded elsewhere. */
  static final int MAX_NUMBER_CHARS = 100;

  private final ObjectReader reader;
  private final DecoderLimits limits;

  JsonFrameParser(DecoderLimits limits) {
    this.limits = limits;
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringChars())
            .maxNameLength(MAX_NAME_CHARS)
            .maxNumberLength(MAX_NUMBER_CHARS)
            .maxDocumentLength(limits.maxFrameBytes())
            .build();
    this.reader =
        JsonMapper.builder(JsonFactory.builder().streamReadConstraints(constraints).build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build()
            .reader();
  }

  JsonNode parse(byte[] payload) {
    checkEncoding(payload);
    JsonNode root;
    try {
      root = reader.readTree(payload);
    } catch (MismatchedInputException e) {
      String message = e.getOriginalMessage();
      if (message != null && message.startsWith("Duplicate field ")) {
        int end = message.indexOf(" for `ObjectNode`");
        throw new Invalid(
            RejectReason.DUPLICATE_FIELD,
            (end > 0 ? message.substring(0, end) : "a duplicate field")
                + " in one object: which value is meant cannot be known");
      }
      throw new Invalid(RejectReason.MALFORMED_JSON, "not valid JSON: " + plain(message));
    } catch (JsonProcessingException e) {
      StreamConstraintsException limit = limitOf(e);
      if (limit != null) {
        throw new Invalid(RejectReason.LIMIT_EXCEEDED, limitDetail(limit));
      }
      JsonLocation location = e.getLocation();
      String column = location == null ? "" : " (column " + location.getColumnNr() + ")";
      throw new Invalid(
          RejectReason.MALFORMED_JSON, "not valid JSON: " + plain(e.getOriginalMessage()) + column);
    } catch (IOException e) {
      throw new Invalid(RejectReason.MALFORMED_JSON, "not valid JSON: " + e.getMessage());
    }
    if (root == null || root.isMissingNode()) {
      throw new Invalid(RejectReason.MALFORMED_JSON, "payload is empty or only white space");
    }
    return root;
  }

  /** Jackson's message in words for a person: no class names, settings or source blobs. */
  private static String plain(String message) {
    String text = String.valueOf(message);
    if (text.startsWith("Trailing token")) {
      return "more follows the first JSON value (a second value, or trailing garbage)";
    }
    if (text.startsWith("Unexpected end-of-input")) {
      return "the frame ends in the middle of the JSON (truncated)";
    }
    if (text.startsWith("Non-standard token")) {
      int end = text.indexOf(':');
      return (end > 0 ? text.substring(0, end) : text) + ", which JSON does not have";
    }
    return text.replaceAll(" \\(start marker at \\[Source[^\\]]*\\]\\)", "").replace('`', '\'');
  }

  /** JSON between systems is UTF-8 without a byte-order mark (RFC 8259, section 8.1). */
  private static void checkEncoding(byte[] payload) {
    int n = payload.length;
    if (n >= 3
        && (payload[0] & 0xff) == 0xef
        && (payload[1] & 0xff) == 0xbb
        && (payload[2] & 0xff) == 0xbf) {
      throw new Invalid(
          RejectReason.MALFORMED_JSON,
          "payload starts with a UTF-8 byte-order mark (EF BB BF), which JSON must not carry");
    }
    if (n >= 2
        && (((payload[0] & 0xff) == 0xfe && (payload[1] & 0xff) == 0xff)
            || ((payload[0] & 0xff) == 0xff && (payload[1] & 0xff) == 0xfe))) {
      throw new Invalid(
          RejectReason.MALFORMED_JSON, "payload starts with a UTF-16 byte-order mark: not UTF-8");
    }
    if ((n >= 1 && payload[0] == 0) || (n >= 2 && payload[1] == 0)) {
      throw new Invalid(
          RejectReason.MALFORMED_JSON,
          "payload starts with a zero byte: UTF-16 or UTF-32 text, not UTF-8 JSON");
    }
  }

  private static StreamConstraintsException limitOf(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof StreamConstraintsException limit) {
        return limit;
      }
    }
    return null;
  }

  private String limitDetail(StreamConstraintsException limit) {
    String message = String.valueOf(limit.getOriginalMessage());
    if (message.startsWith("Document nesting depth")) {
      return "JSON nested deeper than the limit of " + limits.maxNestingDepth() + " levels";
    }
    if (message.startsWith("String value length")) {
      return "a JSON string longer than the limit of " + limits.maxStringChars() + " characters";
    }
    if (message.startsWith("Name length")) {
      return "a JSON field name longer than the limit of " + MAX_NAME_CHARS + " characters";
    }
    if (message.startsWith("Number value length")) {
      return "a JSON number longer than the limit of " + MAX_NUMBER_CHARS + " characters";
    }
    return "over a parsing limit: " + message.replace("`", "'");
  }
}
