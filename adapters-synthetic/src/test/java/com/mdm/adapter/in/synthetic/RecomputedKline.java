package com.mdm.adapter.in.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mdm.domain.market.Candle;
import com.mdm.domain.market.Trade;
import java.math.BigDecimal;

/** A kline recomputed from the decoded trades, to hold the generated one against. */
final class RecomputedKline {

  private Trade first;
  private Trade last;
  private BigDecimal high;
  private BigDecimal low;
  private BigDecimal volume;
  private BigDecimal quoteVolume;
  private BigDecimal takerBuyVolume;
  private BigDecimal takerBuyQuoteVolume;
  private long count;

  /** Empty sums carry the scales an empty kline is written with. */
  RecomputedKline(SymbolSpec spec) {
    volume = spec.quantity(0);
    takerBuyVolume = volume;
    quoteVolume = volume.setScale(spec.priceScale() + spec.quantityScale());
    takerBuyQuoteVolume = quoteVolume;
  }

  void add(Trade trade) {
    if (first == null) {
      first = trade;
      high = trade.price();
      low = trade.price();
    }
    last = trade;
    high = high.max(trade.price());
    low = low.min(trade.price());
    BigDecimal quote = trade.price().multiply(trade.quantity());
    volume = volume.add(trade.quantity());
    quoteVolume = quoteVolume.add(quote);
    if (!trade.buyerIsMaker()) {
      takerBuyVolume = takerBuyVolume.add(trade.quantity());
      takerBuyQuoteVolume = takerBuyQuoteVolume.add(quote);
    }
    count++;
  }

  /** The kline equals these trades exactly: OHLC, volumes, count and first/last trade ids. */
  void assertMatches(Candle candle, JsonNode k) {
    String what = candle.symbol() + " " + candle.timeframe() + " " + candle.openTime();
    assertThat(first).as(what + " has trades").isNotNull();
    assertThat(candle.open()).as(what).isEqualTo(first.price());
    assertThat(candle.close()).as(what).isEqualTo(last.price());
    assertThat(candle.high()).as(what).isEqualTo(high);
    assertThat(candle.low()).as(what).isEqualTo(low);
    assertThat(candle.volume()).as(what).isEqualTo(volume);
    assertThat(candle.quoteVolume()).as(what).isEqualTo(quoteVolume);
    assertThat(candle.takerBuyBaseVolume()).as(what).isEqualTo(takerBuyVolume);
    assertThat(candle.takerBuyQuoteVolume()).as(what).isEqualTo(takerBuyQuoteVolume);
    assertThat(candle.tradeCount()).as(what).isEqualTo(count);
    assertThat(k.get("f").longValue()).as(what).isEqualTo(first.tradeId());
    assertThat(k.get("L").longValue()).as(what).isEqualTo(last.tradeId());
  }
}
