package com.mdm.adapter.out.mongo;

import static com.mdm.adapter.out.mongo.BsonValues.date;
import static com.mdm.adapter.out.mongo.BsonValues.decimal;
import static com.mdm.adapter.out.mongo.BsonValues.readBoolean;
import static com.mdm.adapter.out.mongo.BsonValues.readDecimal;
import static com.mdm.adapter.out.mongo.BsonValues.readInstant;
import static com.mdm.adapter.out.mongo.BsonValues.readLong;
import static com.mdm.adapter.out.mongo.BsonValues.readString;

import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import org.bson.Document;

/**
 * Maps {@link AggregateTrade} to documents of {@code trades_{SYMBOL}}, which it shares with trades;
 * the aggregate id space is separate from the trade id space, hence the type in {@code _id}:
 *
 * <pre>{@code
 * {_id: {type: "aggTrade", id: <aggregateTradeId>}, type: "aggTrade", symbol,
 *  aggregateTradeId: <long>, price: <Decimal128>, quantity: <Decimal128>,
 *  firstTradeId: <long>, lastTradeId: <long>, buyerIsMaker: <bool>,
 *  tradeTime: <date>, eventTime: <date>, receivedAt: <date>}
 * }</pre>
 */
final class AggregateTradeMapper {

  static final String TYPE = "aggTrade";

  private AggregateTradeMapper() {}

  static SeriesCodec<AggregateTrade> codec() {
    return new SeriesCodec<>(
        SeriesType.AGG_TRADES,
        "tradeTime",
        TYPE,
        AggregateTradeMapper::toDocument,
        AggregateTradeMapper::fromDocument,
        null);
  }

  static Document id(long aggregateTradeId) {
    return new Document(SeriesCodec.TYPE_FIELD, TYPE).append("id", aggregateTradeId);
  }

  static Document toDocument(AggregateTrade trade) {
    return new Document("_id", id(trade.aggregateTradeId()))
        .append(SeriesCodec.TYPE_FIELD, TYPE)
        .append("symbol", trade.symbol().value())
        .append("aggregateTradeId", trade.aggregateTradeId())
        .append("price", decimal(trade.price(), "price"))
        .append("quantity", decimal(trade.quantity(), "quantity"))
        .append("firstTradeId", trade.firstTradeId())
        .append("lastTradeId", trade.lastTradeId())
        .append("buyerIsMaker", trade.buyerIsMaker())
        .append("tradeTime", date(trade.tradeTime()))
        .append("eventTime", date(trade.eventTime()))
        .append("receivedAt", date(trade.receivedAt()));
  }

  static AggregateTrade fromDocument(Document document) {
    return new AggregateTrade(
        Symbol.of(readString(document, "symbol")),
        readLong(document, "aggregateTradeId"),
        readDecimal(document, "price"),
        readDecimal(document, "quantity"),
        readLong(document, "firstTradeId"),
        readLong(document, "lastTradeId"),
        readBoolean(document, "buyerIsMaker"),
        readInstant(document, "tradeTime"),
        readInstant(document, "eventTime"),
        readInstant(document, "receivedAt"));
  }
}
