package com.mdm.application.service.backfill;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes and reads flat JSON objects of strings and integers, enough for checkpoints and lineage
 * parameters without a JSON library in the application.
 */
final class FlatJson {

  private FlatJson() {}

  /** The object of the entries whose value is not null; values are strings or numbers. */
  static String write(Map<String, ?> entries) {
    StringBuilder json = new StringBuilder("{");
    entries.forEach(
        (key, value) -> {
          if (value == null) {
            return;
          }
          if (json.length() > 1) {
            json.append(',');
          }
          quote(json, key).append(':');
          if (value instanceof Number number) {
            json.append(number);
          } else {
            quote(json, value.toString());
          }
        });
    return json.append('}').toString();
  }

  /** The entries of a flat object, every value as its text; null values are left out. */
  static Map<String, String> read(String json) {
    Reader reader = new Reader(json);
    Map<String, String> entries = new LinkedHashMap<>();
    reader.expect('{');
    if (!reader.consume('}')) {
      do {
        String key = reader.string();
        reader.expect(':');
        String value = reader.value();
        if (value != null) {
          entries.put(key, value);
        }
      } while (reader.consume(','));
      reader.expect('}');
    }
    reader.end();
    return entries;
  }

  private static StringBuilder quote(StringBuilder json, String text) {
    json.append('"');
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        default -> {
          if (c < 0x20) {
            json.append("\\u%04x".formatted((int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"');
  }

  private static final class Reader {
    private final String json;
    private int at;

    Reader(String json) {
      this.json = json;
    }

    void expect(char c) {
      if (!consume(c)) {
        throw fail("expected '" + c + "'");
      }
    }

    boolean consume(char c) {
      while (at < json.length() && Character.isWhitespace(json.charAt(at))) {
        at++;
      }
      if (at < json.length() && json.charAt(at) == c) {
        at++;
        return true;
      }
      return false;
    }

    String value() {
      if (consume('"')) {
        at--;
        return string();
      }
      int start = at;
      while (at < json.length() && ",}".indexOf(json.charAt(at)) < 0) {
        at++;
      }
      String literal = json.substring(start, at).strip();
      if (literal.equals("null")) {
        return null;
      }
      if (!literal.matches("-?\\d+")) {
        throw fail("expected a string or an integer");
      }
      return literal;
    }

    String string() {
      expect('"');
      StringBuilder text = new StringBuilder();
      while (at < json.length() && json.charAt(at) != '"') {
        char c = json.charAt(at++);
        if (c == '\\' && at < json.length()) {
          char escaped = json.charAt(at++);
          if (escaped == 'u' && at + 4 <= json.length()) {
            text.append((char) Integer.parseInt(json.substring(at, at + 4), 16));
            at += 4;
          } else {
            text.append(escaped);
          }
        } else {
          text.append(c);
        }
      }
      expect('"');
      return text.toString();
    }

    void end() {
      if (at != json.length()) {
        throw fail("unexpected text after the object");
      }
    }

    IllegalArgumentException fail(String what) {
      return new IllegalArgumentException(what + " at character " + at + " of " + json);
    }
  }
}
