package com.mdm.domain.market;

import java.util.regex.Pattern;

/** A Binance USD-M contract symbol; safe to use inside a collection name. */
public record Symbol(String value) implements Comparable<Symbol> {

  private static final Pattern VALID = Pattern.compile("^[A-Z0-9_]{1,32}$");

  public Symbol {
    if (value == null) {
      throw new IllegalArgumentException("symbol must not be null");
    }
    if (!VALID.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "symbol '"
              + abbreviate(value)
              + "' is invalid: expected 1 to 32 characters of A-Z, 0-9 or _ (e.g. BTCUSDT,"
              + " BTCUSDT_210625)");
    }
  }

  /** Parses a symbol exactly as given; lower case is rejected, not guessed. */
  public static Symbol of(String value) {
    return new Symbol(value);
  }

  private static String abbreviate(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "..." : value;
  }

  @Override
  public int compareTo(Symbol other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
