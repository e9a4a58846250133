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
  private static final byte[] KEY =
      ("\"" + FIELD + "\":").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final JsonFactory JSON = new JsonFactory();

  private EnvelopeTraceHeaders() {}

  static Map<String, String> of(byte[] data) {
    // the producer writes the headers last: find the key, parse only the object after it
    int at = lastIndexOf(data, KEY);
    if (at < 0) {
      return Map.of();
    }
    try (JsonParser parser =
        JSON.createParser(data, at + KEY.length, data.length - at - KEY.length)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return Map.of();
      }
      return headers(parser);
    } catch (IOException | RuntimeException e) {
      return Map.of();
    }
  }

  private static int lastIndexOf(byte[] data, byte[] key) {
    outer:
    for (int i = data.length - key.length; i >= 0; i--) {
      for (int j = 0; j < key.length; j++) {
        if (data[i + j] != key[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
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
