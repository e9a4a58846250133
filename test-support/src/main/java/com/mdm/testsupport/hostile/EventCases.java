package com.mdm.testsupport.hostile;

import static com.mdm.testsupport.hostile.HostileCase.of;
import static com.mdm.testsupport.hostile.HostileTemplates.TRADE;
import static com.mdm.testsupport.hostile.HostileTemplates.kline;
import static com.mdm.testsupport.hostile.HostileTemplates.trade;
import static com.mdm.testsupport.hostile.HostileTemplates.tradeWithout;

import java.util.ArrayList;
import java.util.List;

/** Sound JSON whose event type, keys or fields are wrong: the type, duplicates, gaps. */
final class EventCases {

  private EventCases() {}

  static List<HostileCase> all() {
    List<HostileCase> cases = new ArrayList<>();
    String unknown = "unknown_event_type";
    cases.add(of("missing event type", unknown, "missing event type 'e'", tradeWithout("e")));
    cases.add(of("null event type", unknown, "missing event type 'e'", trade("e", "null")));
    cases.add(of("empty object", unknown, "missing event type 'e'", "{}"));
    cases.add(
        of(
            "unknown event type",
            unknown,
            "'fundingRate' is not one this service decodes",
            trade("e", "\"fundingRate\"")));
    cases.add(of("wrong-case event type Trade", unknown, "'Trade'", trade("e", "\"Trade\"")));
    cases.add(
        of("wrong-case event type AGGTRADE", unknown, "'AGGTRADE'", trade("e", "\"AGGTRADE\"")));
    cases.add(of("event type with a space", unknown, "'trade '", trade("e", "\"trade \"")));
    cases.add(of("empty event type", unknown, "''", trade("e", "\"\"")));
    cases.add(of("event type as a number", unknown, "must be a string", trade("e", "7")));
    cases.add(of("event type as an object", unknown, "must be a string", trade("e", "{\"x\":1}")));
    cases.add(
        of(
            "duplicate price",
            "duplicate_field",
            "Duplicate field 'p'",
            TRADE.replace("\"p\":", "\"p\":\"999.9\",\"p\":")));
    cases.add(
        of(
            "duplicate event type",
            "duplicate_field",
            "Duplicate field 'e'",
            TRADE.replace("{\"e\":\"trade\"", "{\"e\":\"kline\",\"e\":\"trade\"")));
    cases.add(
        of(
            "duplicate data in an envelope",
            "duplicate_field",
            "Duplicate field 'data'",
            "{\"stream\":\"evilusdt@trade\",\"data\":{},\"data\":" + TRADE + "}"));
    String missing = "missing_field";
    cases.add(of("missing symbol", missing, "missing field 's'", tradeWithout("s")));
    cases.add(of("missing price", missing, "missing field 'p'", tradeWithout("p")));
    cases.add(of("missing quantity", missing, "missing field 'q'", tradeWithout("q")));
    cases.add(of("missing trade id", missing, "missing field 't'", tradeWithout("t")));
    cases.add(of("missing event time", missing, "missing field 'E'", tradeWithout("E")));
    cases.add(
        of(
            "kline without k",
            missing,
            "missing field 'k'",
            HostileTemplates.KLINE.substring(0, HostileTemplates.KLINE.indexOf(",\"k\"")) + "}"));
    cases.add(
        of(
            "depth without bids",
            missing,
            "missing field 'b'",
            HostileTemplates.depth(1).replace("\"b\":[[\"100000.5\",\"1.25\"]],", "")));
    cases.addAll(klines());
    return cases;
  }

  private static List<HostileCase> klines() {
    List<HostileCase> cases = new ArrayList<>();
    cases.add(
        of(
            "kline high below low",
            "invalid_value",
            "high 8 must be >= low 9",
            kline("h", "\"8\"")));
    cases.add(
        of(
            "kline open after close",
            "invalid_value",
            "must be after openTime",
            kline("t", "1714564860000")));
    cases.add(of("kline unknown interval", "invalid_value", "'7m'", kline("i", "\"7m\"")));
    cases.add(of("kline negative volume", "invalid_value", "volume", kline("v", "\"-1\"")));
    return cases;
  }
}
