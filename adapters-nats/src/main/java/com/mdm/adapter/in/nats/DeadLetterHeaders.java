package com.mdm.adapter.in.nats;

import com.mdm.decoder.binance.Rejection;
import io.nats.client.impl.Headers;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The headers of a dead letter: reasons, the first detail and the source subject, each made safe
 * for NATS, which takes only printable ASCII in a header value. Anything else is escaped as {@code
 * \\uXXXX}, so a detail quoting {@code BTCÜSDT} reads {@code BTC\\u00dcSDT}; values are bounded.
 */
final class DeadLetterHeaders {

  static final String REASON_HEADER = "Mdm-Reject-Reason";
  static final String DETAIL_HEADER = "Mdm-Reject-Detail";
  static final String SOURCE_HEADER = "Mdm-Source-Subject";
  static final int MAX_VALUE_CHARS = 1024;

  private DeadLetterHeaders() {}

  static Headers of(List<Rejection> rejections, String sourceSubject) {
    Headers headers = new Headers();
    headers.add(
        REASON_HEADER,
        safe(
            rejections.stream()
                .map(r -> r.reason().code())
                .distinct()
                .collect(Collectors.joining(","))));
    headers.add(DETAIL_HEADER, safe(rejections.isEmpty() ? "" : rejections.get(0).detail()));
    headers.add(SOURCE_HEADER, safe(sourceSubject));
    return headers;
  }

  /**
   * {@code value} as printable ASCII of at most {@link #MAX_VALUE_CHARS} characters: a backslash
   * and every character outside {@code 0x20..0x7e} are escaped, an escape is never cut in half, and
   * a cut value ends in {@code ...}.
   */
  static String safe(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_VALUE_CHARS) + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      String piece =
          c == '\\' ? "\\\\" : c >= 0x20 && c <= 0x7e ? null : String.format("\\u%04x", (int) c);
      int length = piece == null ? 1 : piece.length();
      if (out.length() + length > MAX_VALUE_CHARS - 3) {
        return out.append("...").toString();
      }
      if (piece == null) {
        out.append(c);
      } else {
        out.append(piece);
      }
    }
    return out.toString();
  }
}
