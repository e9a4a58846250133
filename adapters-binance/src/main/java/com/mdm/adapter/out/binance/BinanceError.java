package com.mdm.adapter.out.binance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Binance error body, {@code {"code":-1121,"msg":"Invalid symbol."}}; for a body of another shape
 * the code is null and the message is the body's beginning.
 */
record BinanceError(Integer code, String message) {

  private static final Pattern BANNED_UNTIL = Pattern.compile("banned until (\\d{12,14})");
  private static final int MAX_TEXT = 300;

  static BinanceError parse(ObjectMapper json, byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8).strip();
    try {
      JsonNode node = json.readTree(body);
      if (node != null && node.isObject() && node.has("msg")) {
        JsonNode code = node.get("code");
        return new BinanceError(
            code != null && code.canConvertToInt() ? code.asInt() : null, node.get("msg").asText());
      }
    } catch (IOException e) {
      // not JSON: fall through to the raw text
    }
    String shown = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "..." : text;
    return new BinanceError(null, shown.isEmpty() ? "(empty body)" : shown);
  }

  /** The end of an IP ban when the message names one ("IP banned until 1544570770441"). */
  Optional<Instant> bannedUntil() {
    Matcher matcher = BANNED_UNTIL.matcher(message);
    return matcher.find()
        ? Optional.of(Instant.ofEpochMilli(Long.parseLong(matcher.group(1))))
        : Optional.empty();
  }

  /** E.g. {@code Invalid symbol. (code -1121)}. */
  String describe() {
    return code == null ? message : message + " (code " + code + ")";
  }
}
