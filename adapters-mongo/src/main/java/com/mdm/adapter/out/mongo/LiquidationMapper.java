package com.mdm.adapter.out.mongo;

import static com.mdm.adapter.out.mongo.BsonValues.date;
import static com.mdm.adapter.out.mongo.BsonValues.decimal;
import static com.mdm.adapter.out.mongo.BsonValues.putOptional;
import static com.mdm.adapter.out.mongo.BsonValues.readDecimal;
import static com.mdm.adapter.out.mongo.BsonValues.readInstant;
import static com.mdm.adapter.out.mongo.BsonValues.readString;
import static com.mdm.adapter.out.mongo.BsonValues.readStringOrNull;

import com.mdm.domain.market.Liquidation;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Side;
import com.mdm.domain.market.Symbol;
import org.bson.Document;

/**
 * Maps {@link Liquidation} to documents of {@code liquidations_{SYMBOL}}, keyed by trade time and
 * side:
 *
 * <pre>{@code
 * {_id: {time: <tradeTime date>, side: "BUY"|"SELL"}, symbol, side, orderType,
 *  timeInForce?, quantity, price, averagePrice: <Decimal128>, orderStatus,
 *  lastFilledQuantity, filledAccumulatedQuantity: <Decimal128>,
 *  tradeTime: <date>, eventTime: <date>, receivedAt: <date>}
 * }</pre>
 */
final class LiquidationMapper {

  private LiquidationMapper() {}

  static SeriesCodec<Liquidation> codec() {
    return SeriesCodec.insertOnly(
        SeriesType.LIQUIDATIONS,
        "tradeTime",
        LiquidationMapper::toDocument,
        LiquidationMapper::fromDocument);
  }

  static Document toDocument(Liquidation order) {
    Document document =
        new Document(
                "_id",
                new Document("time", date(order.tradeTime())).append("side", order.side().name()))
            .append("symbol", order.symbol().value())
            .append("side", order.side().name())
            .append("orderType", order.orderType());
    putOptional(document, "timeInForce", order.timeInForce());
    return document
        .append("quantity", decimal(order.quantity(), "quantity"))
        .append("price", decimal(order.price(), "price"))
        .append("averagePrice", decimal(order.averagePrice(), "averagePrice"))
        .append("orderStatus", order.orderStatus())
        .append("lastFilledQuantity", decimal(order.lastFilledQuantity(), "lastFilledQuantity"))
        .append(
            "filledAccumulatedQuantity",
            decimal(order.filledAccumulatedQuantity(), "filledAccumulatedQuantity"))
        .append("tradeTime", date(order.tradeTime()))
        .append("eventTime", date(order.eventTime()))
        .append("receivedAt", date(order.receivedAt()));
  }

  static Liquidation fromDocument(Document document) {
    return new Liquidation(
        Symbol.of(readString(document, "symbol")),
        Side.of(readString(document, "side")),
        readString(document, "orderType"),
        readStringOrNull(document, "timeInForce"),
        readDecimal(document, "quantity"),
        readDecimal(document, "price"),
        readDecimal(document, "averagePrice"),
        readString(document, "orderStatus"),
        readDecimal(document, "lastFilledQuantity"),
        readDecimal(document, "filledAccumulatedQuantity"),
        readInstant(document, "tradeTime"),
        readInstant(document, "eventTime"),
        readInstant(document, "receivedAt"));
  }
}
