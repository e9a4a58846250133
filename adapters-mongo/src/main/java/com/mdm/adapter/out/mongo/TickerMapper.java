package com.mdm.adapter.out.mongo;

import static com.mdm.adapter.out.mongo.BsonValues.date;
import static com.mdm.adapter.out.mongo.BsonValues.decimal;
import static com.mdm.adapter.out.mongo.BsonValues.putOptional;
import static com.mdm.adapter.out.mongo.BsonValues.readDecimal;
import static com.mdm.adapter.out.mongo.BsonValues.readDecimalOrNull;
import static com.mdm.adapter.out.mongo.BsonValues.readInstant;
import static com.mdm.adapter.out.mongo.BsonValues.readInstantOrNull;
import static com.mdm.adapter.out.mongo.BsonValues.readLongOrNull;
import static com.mdm.adapter.out.mongo.BsonValues.readString;

import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Ticker;
import org.bson.Document;

/**
 * Maps {@link Ticker} to documents of {@code tickers_{SYMBOL}}, keyed by kind and event time (a
 * full and a mini ticker may share an event time):
 *
 * <pre>{@code
 * {_id: {kind: "full"|"mini", time: <eventTime date>}, kind, symbol,
 *  open, high, low, close, volume, quoteVolume: <Decimal128>, priceChange?, priceChangePercent?,
 *  weightedAveragePrice?, lastQuantity?: <Decimal128>, windowOpenTime?, windowCloseTime?: <date>,
 *  firstTradeId?, lastTradeId?, tradeCount?: <long>, eventTime: <date>, receivedAt: <date>}
 * }</pre>
 */
final class TickerMapper {

  static final String FULL = "full";
  static final String MINI = "mini";

  private TickerMapper() {}

  static SeriesCodec<Ticker> codec() {
    return SeriesCodec.insertOnly(
        SeriesType.TICKERS, "eventTime", TickerMapper::toDocument, TickerMapper::fromDocument);
  }

  static Document toDocument(Ticker ticker) {
    String kind = ticker.mini() ? MINI : FULL;
    Document document =
        new Document("_id", new Document("kind", kind).append("time", date(ticker.eventTime())))
            .append("kind", kind)
            .append("symbol", ticker.symbol().value())
            .append("open", decimal(ticker.open(), "open"))
            .append("high", decimal(ticker.high(), "high"))
            .append("low", decimal(ticker.low(), "low"))
            .append("close", decimal(ticker.close(), "close"))
            .append("volume", decimal(ticker.volume(), "volume"))
            .append("quoteVolume", decimal(ticker.quoteVolume(), "quoteVolume"));
    putOptional(document, "priceChange", decimal(ticker.priceChange(), "priceChange"));
    putOptional(
        document, "priceChangePercent", decimal(ticker.priceChangePercent(), "priceChangePercent"));
    putOptional(
        document,
        "weightedAveragePrice",
        decimal(ticker.weightedAveragePrice(), "weightedAveragePrice"));
    putOptional(document, "lastQuantity", decimal(ticker.lastQuantity(), "lastQuantity"));
    putOptional(document, "windowOpenTime", date(ticker.windowOpenTime()));
    putOptional(document, "windowCloseTime", date(ticker.windowCloseTime()));
    putOptional(document, "firstTradeId", ticker.firstTradeId());
    putOptional(document, "lastTradeId", ticker.lastTradeId());
    putOptional(document, "tradeCount", ticker.tradeCount());
    return document
        .append("eventTime", date(ticker.eventTime()))
        .append("receivedAt", date(ticker.receivedAt()));
  }

  static Ticker fromDocument(Document document) {
    return new Ticker(
        Symbol.of(readString(document, "symbol")),
        MINI.equals(readString(document, "kind")),
        readDecimal(document, "open"),
        readDecimal(document, "high"),
        readDecimal(document, "low"),
        readDecimal(document, "close"),
        readDecimal(document, "volume"),
        readDecimal(document, "quoteVolume"),
        readDecimalOrNull(document, "priceChange"),
        readDecimalOrNull(document, "priceChangePercent"),
        readDecimalOrNull(document, "weightedAveragePrice"),
        readDecimalOrNull(document, "lastQuantity"),
        readInstantOrNull(document, "windowOpenTime"),
        readInstantOrNull(document, "windowCloseTime"),
        readLongOrNull(document, "firstTradeId"),
        readLongOrNull(document, "lastTradeId"),
        readLongOrNull(document, "tradeCount"),
        readInstant(document, "eventTime"),
        readInstant(document, "receivedAt"));
  }
}
