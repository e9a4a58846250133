package com.mdm.adapter.in.synthetic;

import java.math.BigDecimal;

/**
 * The running statistics of one kline period (also one minute of the 24-hour ticker), built from
 * the fills in it: open is the first fill's price, close the last, volumes their exact sums.
 */
final class KlineBar {

  private final long openTime;
  private long open;
  private long high;
  private long low;
  private long close;
  private long volume;
  private long takerBuyVolume;
  private BigDecimal quoteVolume = BigDecimal.ZERO;
  private BigDecimal takerBuyQuoteVolume = BigDecimal.ZERO;
  private long count;
  private long firstTradeId = -1;
  private long lastTradeId = -1;
  private boolean changed;

  /** An empty period, quoting {@code lastPrice} until its first fill. */
  KlineBar(long openTime, long lastPrice) {
    this.openTime = openTime;
    this.open = lastPrice;
    this.high = lastPrice;
    this.low = lastPrice;
    this.close = lastPrice;
  }

  void add(Fill fill) {
    long price = fill.priceTicks();
    if (count == 0) {
      open = price;
      high = price;
      low = price;
      firstTradeId = fill.tradeId();
    }
    high = Math.max(high, price);
    low = Math.min(low, price);
    close = price;
    volume += fill.quantity();
    quoteVolume = quoteVolume.add(fill.quote());
    if (!fill.buyerIsMaker()) {
      takerBuyVolume += fill.quantity();
      takerBuyQuoteVolume = takerBuyQuoteVolume.add(fill.quote());
    }
    count++;
    lastTradeId = fill.tradeId();
    changed = true;
  }

  /** Whether a fill came in since the last call; clears the mark. */
  boolean takeChanged() {
    boolean was = changed;
    changed = false;
    return was;
  }

  long openTime() {
    return openTime;
  }

  long open() {
    return open;
  }

  long high() {
    return high;
  }

  long low() {
    return low;
  }

  long close() {
    return close;
  }

  long volume() {
    return volume;
  }

  long takerBuyVolume() {
    return takerBuyVolume;
  }

  BigDecimal quoteVolume() {
    return quoteVolume;
  }

  BigDecimal takerBuyQuoteVolume() {
    return takerBuyQuoteVolume;
  }

  long count() {
    return count;
  }

  /** The first trade id, or -1 when the period has no trade. */
  long firstTradeId() {
    return firstTradeId;
  }

  /** The last trade id, or -1 when the period has no trade. */
  long lastTradeId() {
    return lastTradeId;
  }
}
