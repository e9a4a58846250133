package com.mdm.adapter.out.mongo;

import static com.mdm.adapter.out.mongo.BsonValues.date;
import static com.mdm.adapter.out.mongo.BsonValues.decimal;
import static com.mdm.adapter.out.mongo.BsonValues.readBoolean;
import static com.mdm.adapter.out.mongo.BsonValues.readDecimal;
import static com.mdm.adapter.out.mongo.BsonValues.readInstant;
import static com.mdm.adapter.out.mongo.BsonValues.readString;

import com.mdm.domain.market.MarkPriceCandle;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Maps {@link MarkPriceCandle} to documents of {@code mark_price_candles_{SYMBOL}_{tf}}, keyed by
 * open time:
 *
 * <pre>{@code
 * {_id: <openTime date>, symbol, timeframe: "1h", openTime: <date>, closeTime: <date>,
 *  open, high, low, close: <Decimal128>, closed: <bool>, eventTime: <date>, receivedAt: <date>}
 * }</pre>
 *
 * Replacement rule: the one of {@link CandleMapper}, so that a candle fetched while still open is
 * completed by a later fetch: a closed candle is final; a closed one replaces an open one; an open
 * one replaces an open one only with a strictly newer event time.
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
        new ReplaceRule<>(MarkPriceCandleMapper::replaceable, MarkPriceCandleMapper::supersedes));
  }

  static Bson replaceable(MarkPriceCandle candle) {
    Bson openWithSameId =
        Filters.and(Filters.eq("_id", date(candle.openTime())), Filters.eq("closed", false));
    if (candle.closed()) {
      return openWithSameId;
    }
    return Filters.and(openWithSameId, Filters.lt("eventTime", date(candle.eventTime())));
  }

  static boolean supersedes(MarkPriceCandle candidate, MarkPriceCandle current) {
    if (current.closed()) {
      return false;
    }
    return candidate.closed() || candidate.eventTime().isAfter(current.eventTime());
  }

  static Document toDocument(MarkPriceCandle candle) {
    return new Document("_id", date(candle.openTime()))
        .append("symbol", candle.symbol().value())
        .append("timeframe", candle.timeframe().code())
        .append("openTime", date(candle.openTime()))
        .append("closeTime", date(candle.closeTime()))
        .append("open", decimal(candle.open(), "open"))
        .append("high", decimal(candle.high(), "high"))
        .append("low", decimal(candle.low(), "low"))
        .append("close", decimal(candle.close(), "close"))
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
        readDecimal(document, "open"),
        readDecimal(document, "high"),
        readDecimal(document, "low"),
        readDecimal(document, "close"),
        readBoolean(document, "closed"),
        readInstant(document, "eventTime"),
        readInstant(document, "receivedAt"));
  }
}
