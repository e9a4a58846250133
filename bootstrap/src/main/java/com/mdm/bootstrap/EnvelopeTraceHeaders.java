package com.mdm.bootstrap;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the producer envelope's {@code _otel_trace_headers} object ({@code traceparent}, {@code
 * tracestate}) from a message's bytes, skipping everything else; an empty map when there is none or
 * the bytes are not a JSON object. Never throws.
 */
final class EnvelopeTraceHeaders {

  static final String FIELD = "_otel_trace_headers";
  private static final JsonFactory JSON = new JsonFactory();

  private EnvelopeTraceHeaders() {}

  static Map<String, String> of(byte[] data) {
    try (JsonParser parser = JSON.createParser(data)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return Map.of();
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (FIELD.equals(name) && value == JsonToken.START_OBJECT) {
          return headers(parser);
        }
        parser.skipChildren();
      }
      return Map.of();
    } catch (IOException | RuntimeException e) {
      return Map.of();
    }
  }

  private static Map<String, String> headers(JsonParser parser) throws IOException {
    Map<String, String> headers = new HashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      if (parser.nextToken() == JsonToken.VALUE_STRING) {
        headers.put(name, parser.getText());
      } else {
        parser.skipChildren();
      }
    }
    return headers;
  }
}
