package com.mdm.bootstrap;

import java.util.regex.Pattern;

/**
 * Masks secrets in text bound for a log or an error message: the password of {@code user:password@}
 * in any URL (MongoDB, JDBC, NATS), a bare {@code token@} user part, {@code password=}-style
 * parameters and bearer tokens. One place, used by the configuration's messages and by the log
 * layout's {@code %redact}, so that even a driver's own line is masked.
 */
public final class Redaction {

  static final String MASK = "***";

  private static final Pattern USER_AND_PASSWORD =
      Pattern.compile("(?<scheme>[A-Za-z][A-Za-z0-9+.-]*://)(?<user>[^:@/\\s]*):[^@\\s]*@");
  private static final Pattern TOKEN_ONLY =
      Pattern.compile("(?<scheme>(?:nats|tls|ws|wss)://)[^:@/\\s]+@");
  private static final Pattern PARAMETER =
      Pattern.compile(
          "(?i)(?<name>\\b(?:password|passwd|pwd|secret|token|seed|nkey|api_?key|access_?token)"
              + "\\s*[=:]\\s*)(?!\\*\\*\\*)(?<value>[^\\s&;,)\\]}'\"<>]+)");
  private static final Pattern BEARER = Pattern.compile("(?i)(?<name>\\bBearer\\s+)[^\\s<>\"']+");

  private Redaction() {}

  /** {@code text} with every secret it seems to hold replaced by {@code ***}. */
  public static String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String masked = USER_AND_PASSWORD.matcher(text).replaceAll("${scheme}${user}:" + MASK + "@");
    masked = TOKEN_ONLY.matcher(masked).replaceAll("${scheme}" + MASK + "@");
    masked = PARAMETER.matcher(masked).replaceAll("${name}" + MASK);
    return BEARER.matcher(masked).replaceAll("${name}" + MASK);
  }
}
