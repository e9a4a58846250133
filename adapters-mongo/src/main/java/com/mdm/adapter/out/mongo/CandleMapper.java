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
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.conversions.Bson;

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
 * Replacement rule: a closed candle is final and is never replaced; a closed update replaces an
 * open candle whatever its event time; an open update replaces an open candle only when its event
 * time is strictly newer (an equal event time is a redelivery and counts as a duplicate).
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
        new ReplaceRule<>(CandleMapper::replaceable, CandleMapper::supersedes));
  }

  static Bson replaceable(Candle candle) {
    Bson openWithSameId =
        Filters.and(Filters.eq("_id", date(candle.openTime())), Filters.eq("closed", false));
    if (candle.closed()) {
      return openWithSameId;
    }
    return Filters.and(openWithSameId, Filters.lt("eventTime", date(candle.eventTime())));
  }

  static boolean supersedes(Candle candidate, Candle current) {
    if (current.closed()) {
      return false;
    }
    return candidate.closed() || candidate.eventTime().isAfter(current.eventTime());
  }

  static Document toDocument(Candle candle) {
    return new Document("_id", date(candle.openTime()))
        .append("symbol", candle.symbol().value())
        .append("timeframe", candle.timeframe().code())
        .append("openTime", date(candle.openTime()))
        .append("closeTime", date(candle.closeTime()))
        .append("open", decimal(candle.open(), "open"))
        .append("high", decimal(candle.high(), "high"))
        .append("low", decimal(candle.low(), "low"))
        .append("close", decimal(candle.close(), "close"))
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
        readDecimal(document, "open"),
        readDecimal(document, "high"),
        readDecimal(document, "low"),
        readDecimal(document, "close"),
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
