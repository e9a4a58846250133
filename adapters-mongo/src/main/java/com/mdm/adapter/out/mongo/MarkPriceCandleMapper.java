package com.mdm.adapter.out.mongo;

import static com.mdm.adapter.out.mongo.BsonValues.date;
import static com.mdm.adapter.out.mongo.BsonValues.readBoolean;
import static com.mdm.adapter.out.mongo.BsonValues.readInstant;
import static com.mdm.adapter.out.mongo.BsonValues.readString;

import com.mdm.domain.market.MarkPriceCandle;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import org.bson.Document;

/**
 * Maps {@link MarkPriceCandle} to documents of {@code mark_price_candles_{SYMBOL}_{tf}}, keyed by
 * open time:
 *
 * <pre>{@code
 * {_id: <openTime date>, symbol, timeframe: "1h", openTime: <date>, closeTime: <date>,
 *  open, high, low, close: <Decimal128>, closed: <bool>, eventTime: <date>, receivedAt: <date>}
 * }</pre>
 *
 * Replaced by the rule of {@link KlineDocuments}, the one of candles.
 */
final class MarkPriceCandleMapper {

  private MarkPriceCandleMapper() {}

  static SeriesCodec<MarkPriceCandle> codec() {
    return new SeriesCodec<>(
        SeriesType.MARK_PRICE_CANDLES,
        "openTime",
        null,
        MarkPriceCandleMapper::toDocument,
        MarkPriceCandleMapper::fromDocument,
        KlineDocuments.replaceRule());
  }

  static Document toDocument(MarkPriceCandle candle) {
    return KlineDocuments.head(candle)
        .append("closed", candle.closed())
        .append("eventTime", date(candle.eventTime()))
        .append("receivedAt", date(candle.receivedAt()));
  }

  static MarkPriceCandle fromDocument(Document document) {
    return new MarkPriceCandle(
        Symbol.of(readString(document, "symbol")),
        Timeframe.of(readString(document, "timeframe")),
        readInstant(document, "openTime"),
        readInstant(document, "closeTime"),
        KlineDocuments.readOhlc(document),
        readBoolean(document, "closed"),
        readInstant(document, "eventTime"),
        readInstant(document, "receivedAt"));
  }
}
