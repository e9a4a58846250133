package com.mdm.adapter.in.synthetic;

import static com.mdm.adapter.in.synthetic.SyntheticEventType.MARK_PRICE;
import static com.mdm.adapter.in.synthetic.SyntheticEventType.MINI_TICKER;
import static com.mdm.adapter.in.synthetic.SyntheticEventType.TICKER;

import com.fasterxml.jackson.core.JsonGenerator;
import com.mdm.adapter.in.synthetic.MarkPrices.Mark;
import com.mdm.adapter.in.synthetic.RollingDay.Stats;
import com.mdm.domain.market.Symbol;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes one symbol's {@code markPriceUpdate}, {@code 24hrTicker} and {@code 24hrMiniTicker} events
 * in the producer's envelope, with Binance's field names and order.
 */
final class TickerFrames {

  private static final long DAY = 86_400_000;

  private final SymbolSpec spec;
  private final Symbol symbol;
  private final FrameWriter writer;

  TickerFrames(SymbolSpec spec, FrameWriter writer) {
    this.spec = spec;
    this.symbol = spec.symbol();
    this.writer = writer;
  }

  SyntheticFrame markPrice(long time, Mark mark) {
    return writer.envelope(
        MARK_PRICE,
        symbol,
        time,
        json -> {
          json.writeStartObject();
          json.writeStringField("e", MARK_PRICE.binanceName());
          json.writeNumberField("E", time);
          json.writeStringField("s", symbol.value());
          json.writeStringField("p", mark.markPrice().toPlainString());
          json.writeStringField("P", mark.estimatedSettlePrice().toPlainString());
          json.writeStringField("i", mark.indexPrice().toPlainString());
          json.writeStringField("r", mark.fundingRate().toPlainString());
          json.writeNumberField("T", mark.nextFundingTime());
          json.writeEndObject();
        });
  }

  SyntheticFrame ticker(long time, Stats day) {
    BigDecimal open = spec.price(day.open());
    BigDecimal change = spec.price(day.close()).subtract(open);
    BigDecimal average =
        day.quoteVolume()
            .divide(spec.quantity(day.volume()), spec.priceScale(), RoundingMode.HALF_EVEN);
    long closeTime = time - 5;
    return writer.envelope(
        TICKER,
        symbol,
        time,
        json -> {
          json.writeStartObject();
          json.writeStringField("e", TICKER.binanceName());
          json.writeNumberField("E", time);
          json.writeStringField("s", symbol.value());
          json.writeStringField("p", change.toPlainString());
          json.writeStringField(
              "P",
              change.movePointRight(2).divide(open, 3, RoundingMode.HALF_EVEN).toPlainString());
          json.writeStringField("w", average.toPlainString());
          json.writeStringField("c", spec.priceText(day.close()));
          json.writeStringField("Q", spec.quantityText(day.lastQuantity()));
          dayFields(json, day);
          json.writeNumberField("O", closeTime - DAY);
          json.writeNumberField("C", closeTime);
          json.writeNumberField("F", day.firstTradeId());
          json.writeNumberField("L", day.lastTradeId());
          json.writeNumberField("n", day.count());
          json.writeEndObject();
        });
  }

  SyntheticFrame miniTicker(long time, Stats day) {
    return writer.envelope(
        MINI_TICKER,
        symbol,
        time,
        json -> {
          json.writeStartObject();
          json.writeStringField("e", MINI_TICKER.binanceName());
          json.writeNumberField("E", time);
          json.writeStringField("s", symbol.value());
          json.writeStringField("c", spec.priceText(day.close()));
          dayFields(json, day);
          json.writeEndObject();
        });
  }

  /** {@code o h l v q}, in the order both tickers carry them. */
  private void dayFields(JsonGenerator json, Stats day) throws IOException {
    json.writeStringField("o", spec.priceText(day.open()));
    json.writeStringField("h", spec.priceText(day.high()));
    json.writeStringField("l", spec.priceText(day.low()));
    json.writeStringField("v", spec.quantityText(day.volume()));
    json.writeStringField("q", spec.quoteText(day.quoteVolume()));
  }
}
