package com.mdm.adapter.in.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.mdm.domain.port.in.InvalidRequestException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Reads a JSON object request body field by field; anything missing, mistyped or unknown fails with
 * an {@link InvalidRequestException} naming the field.
 */
final class JsonBody {

  private JsonBody() {}

  /**
   * The raw body: 415 unless it is JSON, 413 past {@code maxBytes} whatever Content-Length claimed.
   */
  static byte[] read(Context ctx, long maxBytes) {
    String contentType = ctx.contentType();
    if (contentType != null
        && !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw new ProblemException(415, "the body must be application/json, not " + contentType);
    }
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 1, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new ProblemException(
            413, "the body is larger than the limit of " + maxBytes + " bytes");
      }
      return bytes;
    } catch (IOException e) {
      throw new ProblemException(400, "the body could not be read: " + e.getMessage());
    }
  }

  /** The body as a JSON object, refusing any field not in {@code fields}. */
  static JsonNode object(byte[] bytes, List<String> fields) {
    JsonNode body;
    try {
      body = Json.MAPPER.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw new InvalidRequestException("body", "the body is not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InvalidRequestException("body", "the body could not be read: " + e.getMessage());
    }
    if (body == null || !body.isObject()) {
      throw new InvalidRequestException("body", "the body must be a JSON object");
    }
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!fields.contains(name)) {
        throw new InvalidRequestException(
            name, "unknown field '" + Params.abbreviate(name) + "': expected " + fields);
      }
    }
    return body;
  }

  /** The field's value, null when it is absent or null. */
  static JsonNode value(JsonNode body, String field, boolean required) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        throw new InvalidRequestException(field, field + " is required");
      }
      return null;
    }
    return value;
  }

  /** The field's text, null when it is absent or null. */
  static String text(JsonNode body, String field, boolean required) {
    JsonNode value = value(body, field, required);
    if (value == null) {
      return null;
    }
    if (!value.isTextual()) {
      throw new InvalidRequestException(field, field + " must be a string");
    }
    return value.asText();
  }

  /** The field's whole number, {@code fallback} when it is absent or null. */
  static int integer(JsonNode body, String field, int fallback) {
    JsonNode value = value(body, field, false);
    if (value == null) {
      return fallback;
    }
    if (!value.isInt()) {
      throw new InvalidRequestException(field, field + " must be a whole number");
    }
    return value.asInt();
  }
}
