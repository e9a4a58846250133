package com.mdm.testsupport.hostile;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sound Binance events of the symbol {@link #SYMBOL} from which the corpus cases are made by
 * changing one thing; times lie in 2024, before any receive time of the tests.
 */
final class HostileTemplates {

  /** The symbol of every hostile event that has a valid one: nothing of it may be stored. */
  static final String SYMBOL = "EVILUSDT";

  static final String TRADE =
      "{\"e\":\"trade\",\"E\":1714564800000,\"T\":1714564800000,\"s\":\"EVILUSDT\",\"t\":7,"
          + "\"p\":\"100.5\",\"q\":\"0.001\",\"X\":\"MARKET\",\"m\":false}";

  static final String KLINE =
      "{\"e\":\"kline\",\"E\":1714564800000,\"s\":\"EVILUSDT\",\"k\":{\"t\":1714564740000,"
          + "\"T\":1714564799999,\"s\":\"EVILUSDT\",\"i\":\"1m\",\"o\":\"10\",\"c\":\"10\","
          + "\"h\":\"11\",\"l\":\"9\",\"v\":\"1\",\"n\":1,\"x\":true,\"q\":\"10\",\"V\":\"0\","
          + "\"Q\":\"0\"}}";

  static final String DEPTH_HEAD =
      "{\"e\":\"depthUpdate\",\"E\":1714564800000,\"T\":1714564800000,\"s\":\"EVILUSDT\","
          + "\"U\":10,\"u\":20,\"pu\":9,\"b\":[";

  private HostileTemplates() {}

  /** The trade with {@code field}'s value replaced by the raw JSON {@code value}. */
  static String trade(String field, String value) {
    return with(TRADE, field, value);
  }

  /** The trade without {@code field}. */
  static String tradeWithout(String field) {
    return TRADE
        .replaceFirst(",?\"" + Pattern.quote(field) + "\":(\"[^\"]*\"|[^,}]*)", "")
        .replace("{,", "{");
  }

  /** The kline with {@code field} of {@code k} replaced by the raw JSON {@code value}. */
  static String kline(String field, String value) {
    int k = KLINE.indexOf("\"k\":");
    return KLINE.substring(0, k) + with(KLINE.substring(k), field, value);
  }

  /** A depth update with {@code levels} bids of about 26 bytes each. */
  static String depth(int levels) {
    StringBuilder json = new StringBuilder(DEPTH_HEAD);
    for (int i = 0; i < levels; i++) {
      json.append(i == 0 ? "" : ",").append("[\"").append(100000 + i).append(".5\",\"1.25\"]");
    }
    return json.append("],\"a\":[]}").toString();
  }

  static String combined(String stream, String data) {
    return "{\"stream\":\"" + stream + "\",\"data\":" + data + "}";
  }

  private static String with(String json, String field, String value) {
    Matcher matcher =
        Pattern.compile("\"" + Pattern.quote(field) + "\":(\"[^\"]*\"|[^,}]*)").matcher(json);
    if (!matcher.find()) {
      throw new IllegalArgumentException("no field " + field + " in " + json);
    }
    return json.substring(0, matcher.start())
        + "\""
        + field
        + "\":"
        + value
        + json.substring(matcher.end());
  }
}
