package com.mdm.adapter.out.mongo;

import static com.mdm.adapter.out.mongo.BsonValues.date;
import static com.mdm.adapter.out.mongo.BsonValues.decimal;
import static com.mdm.adapter.out.mongo.BsonValues.putOptional;
import static com.mdm.adapter.out.mongo.BsonValues.readBoolean;
import static com.mdm.adapter.out.mongo.BsonValues.readDecimal;
import static com.mdm.adapter.out.mongo.BsonValues.readInstant;
import static com.mdm.adapter.out.mongo.BsonValues.readLong;
import static com.mdm.adapter.out.mongo.BsonValues.readString;
import static com.mdm.adapter.out.mongo.BsonValues.readStringOrNull;

import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Trade;
import org.bson.Document;

/**
 * Maps {@link Trade} to documents of {@code trades_{SYMBOL}}, which it shares with aggregate
 * trades:
 *
 * <pre>{@code
 * {_id: {type: "trade", id: <tradeId>}, type: "trade", symbol, tradeId: <long>,
 *  price: <Decimal128>, quantity: <Decimal128>, buyerIsMaker: <bool>, tradeType?: <string>,
 *  tradeTime: <date>, eventTime: <date>, receivedAt: <date>}
 * }</pre>
 *
 * Fields marked {@code ?} are left out when the record has no value.
 */
final class TradeMapper {

  static final String TYPE = "trade";

  private TradeMapper() {}

  static SeriesCodec<Trade> codec() {
    return new SeriesCodec<>(
        SeriesType.TRADES,
        "tradeTime",
        TYPE,
        TradeMapper::toDocument,
        TradeMapper::fromDocument,
        null);
  }

  static Document id(long tradeId) {
    return new Document(SeriesCodec.TYPE_FIELD, TYPE).append("id", tradeId);
  }

  static Document toDocument(Trade trade) {
    Document document =
        new Document("_id", id(trade.tradeId()))
            .append(SeriesCodec.TYPE_FIELD, TYPE)
            .append("symbol", trade.symbol().value())
            .append("tradeId", trade.tradeId())
            .append("price", decimal(trade.price(), "price"))
            .append("quantity", decimal(trade.quantity(), "quantity"))
            .append("buyerIsMaker", trade.buyerIsMaker());
    putOptional(document, "tradeType", trade.tradeType());
    return document
        .append("tradeTime", date(trade.tradeTime()))
        .append("eventTime", date(trade.eventTime()))
        .append("receivedAt", date(trade.receivedAt()));
  }

  static Trade fromDocument(Document document) {
    return new Trade(
        Symbol.of(readString(document, "symbol")),
        readLong(document, "tradeId"),
        readDecimal(document, "price"),
        readDecimal(document, "quantity"),
        readBoolean(document, "buyerIsMaker"),
        readStringOrNull(document, "tradeType"),
        readInstant(document, "tradeTime"),
        readInstant(document, "eventTime"),
        readInstant(document, "receivedAt"));
  }
}
