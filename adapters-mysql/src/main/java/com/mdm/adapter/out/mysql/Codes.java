package com.mdm.adapter.out.mysql;

import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;

/** Symbols and timeframes as the codes stored in their columns; null stays null. */
final class Codes {

  private Codes() {}

  static String symbol(Symbol symbol) {
    return symbol == null ? null : symbol.value();
  }

  static Symbol symbol(String code) {
    return code == null ? null : Symbol.of(code);
  }

  static String timeframe(Timeframe timeframe) {
    return timeframe == null ? null : timeframe.code();
  }

  static Timeframe timeframe(String code) {
    return code == null ? null : Timeframe.of(code);
  }

  static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
