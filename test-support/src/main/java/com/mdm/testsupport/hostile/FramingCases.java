package com.mdm.testsupport.hostile;

import static com.mdm.testsupport.hostile.HostileCase.of;
import static com.mdm.testsupport.hostile.HostileTemplates.TRADE;
import static com.mdm.testsupport.hostile.HostileTemplates.combined;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Frames broken as text or JSON, and frames beyond the parsing limits. */
final class FramingCases {

  private FramingCases() {}

  static List<HostileCase> all() {
    List<HostileCase> cases = new ArrayList<>();
    String malformed = "malformed_json";
    cases.add(of("truncated object", malformed, "not valid JSON", TRADE.substring(0, 60)));
    cases.add(of("truncated inside a string", malformed, "not valid JSON", TRADE.substring(0, 48)));
    cases.add(
        of(
            "truncated combined frame",
            malformed,
            "not valid JSON",
            combined("evilusdt@trade", TRADE).substring(0, 90)));
    cases.add(of("only an opening brace", malformed, "not valid JSON", "{"));
    cases.add(of("not JSON at all", malformed, "not valid JSON", "GET / HTTP/1.1"));
    cases.add(
        of(
            "invalid UTF-8: lone continuation byte",
            malformed,
            "UTF-8",
            bytes(TRADE, new int[] {0x80})));
    cases.add(of("invalid UTF-8: overlong slash", malformed, "UTF-8", overlong()));
    cases.add(
        of(
            "invalid UTF-8: cut sequence",
            malformed,
            "UTF-8",
            bytes(TRADE, new int[] {0xe2, 0x82})));
    cases.add(of("invalid UTF-8: 0xFF byte", malformed, "UTF-8", bytes(TRADE, new int[] {0xff})));
    cases.add(of("empty frame", malformed, "empty", new byte[0]));
    cases.add(of("white space only", malformed, "empty", " \t\r\n  "));
    cases.add(of("a single newline", malformed, "empty", "\n"));
    cases.add(of("UTF-8 byte-order mark", malformed, "byte-order mark", bom(TRADE)));
    cases.add(of("UTF-16 little-endian", malformed, "UTF-16", TRADE.getBytes(utf16le())));
    cases.add(of("UTF-16 with its mark", malformed, "byte-order mark", TRADE.getBytes(utf16())));
    cases.add(of("trailing garbage", malformed, "not valid JSON", TRADE + " garbage"));
    cases.add(of("trailing brace", malformed, "not valid JSON", TRADE + "}"));
    cases.add(of("trailing NUL byte", malformed, "not valid JSON", TRADE + "\u0000"));
    cases.add(of("two objects in one frame", malformed, "not valid JSON", TRADE + TRADE));
    cases.add(of("two objects on two lines", malformed, "not valid JSON", TRADE + "\n" + TRADE));
    cases.add(of("top-level null", malformed, "expected a JSON object or array", "null"));
    cases.add(of("top-level string", malformed, "expected a JSON object or array", "\"trade\""));
    cases.add(of("top-level number", malformed, "expected a JSON object or array", "42"));
    cases.add(of("top-level true", malformed, "expected a JSON object or array", "true"));
    cases.add(of("top-level array of a number", malformed, "[0] must be a JSON object", "[42]"));
    cases.add(of("top-level empty array", "missing_field", "empty array", "[]"));
    cases.add(
        of(
            "double-encoded data",
            malformed,
            "field 'data' must be a JSON object or array but was STRING",
            combined("evilusdt@trade", quoted(TRADE))));
    cases.add(
        of(
            "double-encoded frame",
            malformed,
            "expected a JSON object or array",
            quoted(combined("evilusdt@trade", TRADE))));
    cases.add(
        of("data is null", "missing_field", "field 'data' is null", combined("x@trade", "null")));
    cases.addAll(limits());
    return cases;
  }

  private static List<HostileCase> limits() {
    List<HostileCase> cases = new ArrayList<>();
    cases.add(
        of(
            "a 2 MB depth frame",
            "oversized_frame",
            "over the limit of 1048576",
            HostileTemplates.depth(105_000)));
    cases.add(
        of(
            "1001 depth levels",
            "too_many_levels",
            "more than the limit of 1000",
            HostileTemplates.depth(1001)));
    cases.add(
        of(
            "arrays nested 10,000 deep",
            "limit_exceeded",
            "nested deeper than the limit",
            "[".repeat(10_000) + "]".repeat(10_000)));
    cases.add(
        of(
            "objects nested 10,000 deep",
            "limit_exceeded",
            "nested deeper than the limit",
            "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)));
    cases.add(
        of(
            "a 1 MB string",
            "limit_exceeded",
            "string longer than the limit",
            HostileTemplates.trade("X", "\"" + "x".repeat(1_000_000) + "\"")));
    cases.add(
        of(
            "a 1 MB symbol",
            "limit_exceeded",
            "string longer than the limit",
            HostileTemplates.trade("s", "\"" + "A".repeat(1_000_000) + "\"")));
    cases.add(
        of(
            "a 100 KB field name",
            "limit_exceeded",
            "field name longer than the limit",
            "{\"" + "n".repeat(100_000) + "\":1," + TRADE.substring(1)));
    cases.add(
        of(
            "a 5000-digit number",
            "limit_exceeded",
            "number longer than the limit",
            HostileTemplates.trade("t", "1".repeat(5000))));
    return cases;
  }

  private static String quoted(String json) {
    return "\"" + json.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** The text with the symbol's first letter replaced by the cut sequence {@code bad}. */
  private static byte[] bytes(String text, int[] bad) {
    int at = text.indexOf("EVIL");
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[utf8.length + bad.length];
    System.arraycopy(utf8, 0, out, 0, at);
    for (int i = 0; i < bad.length; i++) {
      out[at + i] = (byte) bad[i];
    }
    System.arraycopy(utf8, at, out, at + bad.length, utf8.length - at);
    return out;
  }

  /** {@code "s":"EVIL/USDT"} with the slash written as the overlong pair C0 AF. */
  private static byte[] overlong() {
    byte[] utf8 = TRADE.replace("EVILUSDT", "EVIL#USDT").getBytes(StandardCharsets.UTF_8);
    int at = TRADE.indexOf("EVILUSDT") + 4;
    byte[] out = new byte[utf8.length + 1];
    System.arraycopy(utf8, 0, out, 0, at);
    out[at] = (byte) 0xc0;
    out[at + 1] = (byte) 0xaf;
    System.arraycopy(utf8, at + 1, out, at + 2, utf8.length - at - 1);
    return out;
  }

  private static byte[] bom(String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[utf8.length + 3];
    out[0] = (byte) 0xef;
    out[1] = (byte) 0xbb;
    out[2] = (byte) 0xbf;
    System.arraycopy(utf8, 0, out, 3, utf8.length);
    return out;
  }

  private static java.nio.charset.Charset utf16le() {
    return StandardCharsets.UTF_16LE;
  }

  private static java.nio.charset.Charset utf16() {
    return StandardCharsets.UTF_16;
  }
}
