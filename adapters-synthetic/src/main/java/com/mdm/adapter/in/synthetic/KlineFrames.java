package com.mdm.adapter.in.synthetic;

import static com.mdm.adapter.in.synthetic.SyntheticEventType.KLINE;

import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;

/**
 * Writes one symbol's {@code kline} events in the producer's envelope (which names the stream
 * {@code <symbol>@kline}, without the interval), with Binance's field names and order.
 */
final class KlineFrames {

  private final SymbolSpec spec;
  private final Symbol symbol;
  private final FrameWriter writer;

  KlineFrames(SymbolSpec spec, FrameWriter writer) {
    this.spec = spec;
    this.symbol = spec.symbol();
    this.writer = writer;
  }

  /** A kline; one without trades repeats the last price, with zero volumes and f = L = -1. */
  SyntheticFrame kline(long time, Timeframe timeframe, KlineBar bar, boolean closed) {
    long open = bar.openTime();
    return writer.envelope(
        KLINE,
        symbol,
        time,
        json -> {
          json.writeStartObject();
          json.writeStringField("e", KLINE.binanceName());
          json.writeNumberField("E", time);
          json.writeStringField("s", symbol.value());
          json.writeObjectFieldStart("k");
          json.writeNumberField("t", open);
          json.writeNumberField("T", open + timeframe.duration().toMillis() - 1);
          json.writeStringField("s", symbol.value());
          json.writeStringField("i", timeframe.code());
          json.writeNumberField("f", bar.firstTradeId());
          json.writeNumberField("L", bar.lastTradeId());
          json.writeStringField("o", spec.priceText(bar.open()));
          json.writeStringField("c", spec.priceText(bar.close()));
          json.writeStringField("h", spec.priceText(bar.high()));
          json.writeStringField("l", spec.priceText(bar.low()));
          json.writeStringField("v", spec.quantityText(bar.volume()));
          json.writeNumberField("n", bar.count());
          json.writeBooleanField("x", closed);
          json.writeStringField("q", spec.quoteText(bar.quoteVolume()));
          json.writeStringField("V", spec.quantityText(bar.takerBuyVolume()));
          json.writeStringField("Q", spec.quoteText(bar.takerBuyQuoteVolume()));
          json.writeStringField("B", "0");
          json.writeEndObject();
          json.writeEndObject();
        });
  }
}
