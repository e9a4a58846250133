package com.mdm.adapter.in.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.function.Function;

/** JSON for the API: one mapper, decimals as strings, times as ISO-8601 UTC. */
final class Json {

  static final String CONTENT_TYPE = "application/json";
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static <T> ArrayNode array(Collection<T> items, Function<T, ? extends JsonNode> toJson) {
    ArrayNode array = MAPPER.createArrayNode();
    items.forEach(item -> array.add(toJson.apply(item)));
    return array;
  }

  /** A decimal exactly as stored, scale included ({@code "64990.90"}); null stays null. */
  static String decimal(BigDecimal value) {
    return value == null ? null : value.toPlainString();
  }

  static String time(Instant value) {
    return value == null ? null : value.toString();
  }

  static Double millis(Duration value) {
    return value == null ? null : value.toNanos() / 1_000_000.0;
  }

  static void write(Context ctx, int status, JsonNode body) {
    write(ctx, status, CONTENT_TYPE, body);
  }

  static void write(Context ctx, int status, String contentType, JsonNode body) {
    try {
      ctx.status(status).contentType(contentType).result(MAPPER.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON response: " + e.getMessage(), e);
    }
  }
}
