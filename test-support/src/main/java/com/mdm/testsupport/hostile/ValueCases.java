package com.mdm.testsupport.hostile;

import static com.mdm.testsupport.hostile.HostileCase.of;
import static com.mdm.testsupport.hostile.HostileTemplates.trade;

import java.util.ArrayList;
import java.util.List;

/** Sound events with one bad value: symbols, prices, quantities, ids and times. */
final class ValueCases {

  private ValueCases() {}

  static List<HostileCase> all() {
    List<HostileCase> cases = new ArrayList<>();
    symbol(cases, "symbol with a dollar", "$EVIL");
    symbol(cases, "symbol with a dot", "EVIL.USDT");
    symbol(cases, "symbol with a slash", "EVIL/USDT");
    symbol(cases, "symbol of two dots", "..");
    symbol(cases, "symbol walking up paths", "../../EVILUSDT");
    symbol(cases, "symbol with a space", "EVIL USDT");
    symbol(cases, "symbol with a leading space", " EVILUSDT");
    symbol(cases, "symbol in lower case", "evilusdt");
    symbol(cases, "symbol with an umlaut", "EVILÜSDT");
    symbol(cases, "symbol with an emoji", "EVIL\uD83D\uDE08USDT");
    symbol(cases, "symbol in Cyrillic", "ЕVILUSDT");
    symbol(cases, "symbol of 300 characters", "E".repeat(300));
    symbol(cases, "symbol with a NUL", "EVIL\\u0000USDT");
    symbol(cases, "symbol with a lone surrogate", "\\ud800EVILUSDT");
    symbol(cases, "symbol that is a Mongo operator", "$where");
    symbol(cases, "empty symbol", "");
    cases.add(
        of("symbol as a number", "invalid_value", "field 's' must be a string", trade("s", "7")));
    String value = "invalid_value";
    cases.add(of("negative price", value, "price must be > 0", trade("p", "\"-100.5\"")));
    cases.add(of("zero price", value, "price must be > 0", trade("p", "\"0\"")));
    cases.add(of("price NaN", value, "'NaN'", trade("p", "\"NaN\"")));
    cases.add(of("price Infinity", value, "'Infinity'", trade("p", "\"Infinity\"")));
    cases.add(of("price 1e309 as a string", value, "exponent within 64", trade("p", "\"1e309\"")));
    cases.add(of("price empty", value, "must be a decimal number", trade("p", "\"\"")));
    cases.add(of("price with a comma", value, "'100,5'", trade("p", "\"100,5\"")));
    cases.add(of("price in hex", value, "'0x10'", trade("p", "\"0x10\"")));
    cases.add(of("price as an array", value, "must be a decimal string", trade("p", "[\"1\"]")));
    cases.add(
        of(
            "price of 40 digits",
            value,
            "at most 34 significant digits",
            trade("p", "\"" + "1234567890".repeat(4) + "\"")));
    String number = "number_not_string";
    cases.add(of("price as a number", number, "must be a decimal string", trade("p", "100.5")));
    cases.add(of("price 1e309 as a number", number, "field 'p'", trade("p", "1e309")));
    cases.add(of("price NaN unquoted", "malformed_json", "not valid JSON", trade("p", "NaN")));
    cases.add(of("quantity as a number", number, "field 'q'", trade("q", "0.001")));
    cases.add(of("negative quantity", value, "quantity must be >= 0", trade("q", "\"-0.001\"")));
    cases.add(
        of(
            "trade id beyond 64 bits",
            value,
            "must be an integer",
            trade("t", "18446744073709551616")));
    cases.add(
        of(
            "trade id of 40 digits",
            value,
            "must be an integer",
            trade("t", "1234567890".repeat(4))));
    cases.add(of("negative trade id", value, "must be >= 0", trade("t", "-7")));
    cases.add(of("fractional trade id", value, "must be an integer", trade("t", "7.5")));
    cases.add(of("trade id as a string", value, "must be an integer", trade("t", "\"7\"")));
    String time = "invalid_timestamp";
    cases.add(of("time in seconds", time, "not seconds", trade("E", "1714564800")));
    cases.add(of("time in microseconds", time, "not micro/nanos", trade("E", "1714564800000000")));
    cases.add(
        of(
            "time in nanoseconds",
            time,
            "must be epoch milliseconds",
            trade("E", "1714564800000000000000")));
    cases.add(of("time in the year 10000", time, "after 5138", trade("T", "253402300800000")));
    cases.add(
        of("time in the year 2100", time, "later than receivedAt", trade("T", "4102444800000")));
    cases.add(of("negative time", time, "before 1973", trade("E", "-1")));
    cases.add(
        of(
            "time as a string",
            time,
            "must be epoch milliseconds",
            trade("E", "\"1714564800000\"")));
    cases.add(
        of("time as a date", time, "must be epoch milliseconds", trade("E", "\"2024-05-01\"")));
    return cases;
  }

  private static void symbol(List<HostileCase> cases, String name, String symbol) {
    HostileCase refused =
        of(name, "invalid_symbol", "is invalid", trade("s", "\"" + symbol + "\""));
    // too short a text would match innocent names; HostileCorpus.SYMBOL covers those cases
    cases.add(symbol.length() < 3 ? refused : refused.marking(symbol));
  }
}
