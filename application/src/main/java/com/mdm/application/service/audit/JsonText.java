package com.mdm.application.service.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JSON object written field by field, in insertion order; values are strings, numbers, booleans,
 * nested objects or null. Enough for audit details without a JSON library in the application.
 */
final class JsonText {

  private final Map<String, Object> fields = new LinkedHashMap<>();

  JsonText put(String name, Object value) {
    if (value != null
        && !(value instanceof String
            || value instanceof Number
            || value instanceof Boolean
            || value instanceof JsonText)) {
      value = value.toString();
    }
    fields.put(name, value);
    return this;
  }

  /** Puts text that is already JSON, as it is. */
  JsonText putRaw(String name, String json) {
    fields.put(name, new Raw(json));
    return this;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("{");
    boolean first = true;
    for (Map.Entry<String, Object> field : fields.entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      quote(out, field.getKey());
      out.append(':');
      Object value = field.getValue();
      if (value instanceof String text) {
        quote(out, text);
      } else if (value instanceof Raw raw) {
        out.append(raw.json());
      } else if (value instanceof Double number && !Double.isFinite(number)) {
        out.append("null");
      } else {
        out.append(value);
      }
    }
    return out.append('}').toString();
  }

  private record Raw(String json) {}

  private static void quote(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
