package com.mdm.adapter.out.mongo;

import static com.mdm.adapter.out.mongo.BsonValues.date;
import static com.mdm.adapter.out.mongo.BsonValues.decimal;
import static com.mdm.adapter.out.mongo.BsonValues.readBoolean;
import static com.mdm.adapter.out.mongo.BsonValues.readDecimal;
import static com.mdm.adapter.out.mongo.BsonValues.readInstant;
import static com.mdm.adapter.out.mongo.BsonValues.readLong;
import static com.mdm.adapter.out.mongo.BsonValues.readString;

import com.mdm.domain.market.Candle;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import org.bson.Document;

/**
 * Maps {@link Candle} to documents of {@code candles_{SYMBOL}_{tf}}, keyed by open time:
 *
 * <pre>{@code
 * {_id: <openTime date>, symbol, timeframe: "1m", openTime: <date>, closeTime: <date>,
 *  open, high, low, close, volume, quoteVolume: <Decimal128>, tradeCount: <long>,
 *  takerBuyBaseVolume, takerBuyQuoteVolume: <Decimal128>, closed: <bool>,
 *  eventTime: <date>, receivedAt: <date>}
 * }</pre>
 *
 * Replaced by the rule of {@link KlineDocuments}.
 */
final class CandleMapper {

  private CandleMapper() {}

  static SeriesCodec<Candle> codec() {
    return new SeriesCodec<>(
        SeriesType.CANDLES,
        "openTime",
        null,
        CandleMapper::toDocument,
        CandleMapper::fromDocument,
        KlineDocuments.replaceRule());
  }

  static Document toDocument(Candle candle) {
    return KlineDocuments.head(candle)
        .append("volume", decimal(candle.volume(), "volume"))
        .append("quoteVolume", decimal(candle.quoteVolume(), "quoteVolume"))
        .append("tradeCount", candle.tradeCount())
        .append("takerBuyBaseVolume", decimal(candle.takerBuyBaseVolume(), "takerBuyBaseVolume"))
        .append("takerBuyQuoteVolume", decimal(candle.takerBuyQuoteVolume(), "takerBuyQuoteVolume"))
        .append("closed", candle.closed())
        .append("eventTime", date(candle.eventTime()))
        .append("receivedAt", date(candle.receivedAt()));
  }

  static Candle fromDocument(Document document) {
    return new Candle(
        Symbol.of(readString(document, "symbol")),
        Timeframe.of(readString(document, "timeframe")),
        readInstant(document, "openTime"),
        readInstant(document, "closeTime"),
        KlineDocuments.readOhlc(document),
        readDecimal(document, "volume"),
        readDecimal(document, "quoteVolume"),
        readLong(document, "tradeCount"),
        readDecimal(document, "takerBuyBaseVolume"),
        readDecimal(document, "takerBuyQuoteVolume"),
        readBoolean(document, "closed"),
        readInstant(document, "eventTime"),
        readInstant(document, "receivedAt"));
  }
}
