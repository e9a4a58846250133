package com.mdm.adapter.in.synthetic;

import com.mdm.domain.market.Symbol;
import java.math.BigDecimal;
import java.util.Map;

/**
 * How one contract's numbers look: a starting price, the tick size and scale prices are written
 * with, and the quantity scale and typical order size. Prices are held as whole ticks and
 * quantities as whole units of the quantity scale, so arithmetic on them is exact.
 *
 * @param startTicks the starting best bid, in ticks
 * @param tickUnits the tick size in units of the price scale (0.10 at scale 2 is 10)
 * @param typicalQuantity a typical fill, in quantity units
 */
record SymbolSpec(
    Symbol symbol,
    long startTicks,
    long tickUnits,
    int priceScale,
    int quantityScale,
    long typicalQuantity) {

  /** The eight default SUPPORTED_PAIRS, with prices and steps like their Binance contracts. */
  private static final Map<String, SymbolSpec> KNOWN =
      Map.of(
          "BTCUSDT", spec("BTCUSDT", "60000.00", "0.10", 3, 20),
          "ETHUSDT", spec("ETHUSDT", "3000.00", "0.01", 3, 300),
          "BNBUSDT", spec("BNBUSDT", "500.000", "0.010", 2, 60),
          "ADAUSDT", spec("ADAUSDT", "0.45000", "0.00010", 0, 900),
          "SOLUSDT", spec("SOLUSDT", "150.0000", "0.0100", 0, 8),
          "LINKUSDT", spec("LINKUSDT", "15.000", "0.001", 2, 4000),
          "LTCUSDT", spec("LTCUSDT", "80.00", "0.01", 3, 2500),
          "XRPUSDT", spec("XRPUSDT", "0.6000", "0.0001", 1, 6000));

  /** The spec of a known pair, else a generic contract starting at 100.00. */
  static SymbolSpec of(Symbol symbol) {
    SymbolSpec known = KNOWN.get(symbol.value());
    return known != null ? known : spec(symbol.value(), "100.00", "0.01", 3, 1000);
  }

  /** A price of {@code ticks} ticks, at the price scale. */
  BigDecimal price(long ticks) {
    return BigDecimal.valueOf(Math.multiplyExact(ticks, tickUnits), priceScale);
  }

  /** A quantity of {@code units} units, at the quantity scale. */
  BigDecimal quantity(long units) {
    return BigDecimal.valueOf(units, quantityScale);
  }

  /** A price as Binance writes it, e.g. {@code 64990.90}. */
  String priceText(long ticks) {
    return price(ticks).toPlainString();
  }

  /** A quantity as Binance writes it, e.g. {@code 0.020}. */
  String quantityText(long units) {
    return quantity(units).toPlainString();
  }

  /** A sum of price times quantity, exactly, at the scale of such a product. */
  String quoteText(BigDecimal quote) {
    return quote.setScale(priceScale + quantityScale).toPlainString();
  }

  private static SymbolSpec spec(
      String symbol, String start, String tick, int quantityScale, long typicalQuantity) {
    BigDecimal startPrice = new BigDecimal(start);
    BigDecimal tickSize = new BigDecimal(tick);
    int scale = startPrice.scale();
    long tickUnits = tickSize.movePointRight(scale).longValueExact();
    long startTicks = startPrice.movePointRight(scale).longValueExact() / tickUnits;
    return new SymbolSpec(
        Symbol.of(symbol), startTicks, tickUnits, scale, quantityScale, typicalQuantity);
  }
}
