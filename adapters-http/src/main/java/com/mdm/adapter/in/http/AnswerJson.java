package com.mdm.adapter.in.http;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializerBase;
import com.mdm.domain.market.Candle;
import com.mdm.domain.market.MarkPriceCandle;
import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.PriceLevel;
import com.mdm.domain.market.Ticker;
import com.mdm.domain.port.in.CandleBar;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Writes answer records with Jackson: decimals as their exact plain string ({@code "64990.90"}),
 * times as ISO-8601 UTC as {@link Instant#toString} prints them, nulls written, record components
 * in declaration order, and the market records through {@link MarketMixins}.
 */
final class AnswerJson {

  static final JsonMapper MAPPER =
      JsonMapper.builder()
          .addModule(
              new SimpleModule()
                  .addSerializer(BigDecimal.class, new PlainDecimal())
                  .addSerializer(Instant.class, ToStringSerializer.instance))
          // only record components are answered, never helpers such as Candle.isConsistent()
          .visibility(PropertyAccessor.IS_GETTER, Visibility.NONE)
          .addMixIn(MarketEvent.class, MarketMixins.Event.class)
          .addMixIn(Candle.class, MarketMixins.CandleFields.class)
          .addMixIn(MarkPriceCandle.class, MarketMixins.CandleFields.class)
          .addMixIn(CandleBar.class, MarketMixins.Bar.class)
          .addMixIn(Ticker.class, MarketMixins.TickerKind.class)
          .addMixIn(PriceLevel.class, MarketMixins.Level.class)
          .build();

  private AnswerJson() {}

  static ObjectNode tree(Object answer) {
    return MAPPER.valueToTree(answer);
  }

  static void write(Context ctx, int status, Object answer) {
    Json.write(ctx, status, tree(answer));
  }

  /** Never scientific notation: {@code 6.5E+4} is answered {@code "65000"}. */
  private static final class PlainDecimal extends ToStringSerializerBase {

    PlainDecimal() {
      super(BigDecimal.class);
    }

    @Override
    public String valueToString(Object value) {
      return ((BigDecimal) value).toPlainString();
    }
  }
}
