package com.mdm.adapter.out.mongo;

import static com.mdm.adapter.out.mongo.BsonValues.date;
import static com.mdm.adapter.out.mongo.BsonValues.decimal;
import static com.mdm.adapter.out.mongo.BsonValues.decimalElement;
import static com.mdm.adapter.out.mongo.BsonValues.putOptional;
import static com.mdm.adapter.out.mongo.BsonValues.readInstant;
import static com.mdm.adapter.out.mongo.BsonValues.readInstantOrNull;
import static com.mdm.adapter.out.mongo.BsonValues.readLong;
import static com.mdm.adapter.out.mongo.BsonValues.readLongOrNull;
import static com.mdm.adapter.out.mongo.BsonValues.readString;

import com.mdm.domain.market.DepthKind;
import com.mdm.domain.market.OrderBookDepth;
import com.mdm.domain.market.PriceLevel;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import java.util.List;
import org.bson.Document;
import org.bson.types.Decimal128;

/**
 * Maps {@link OrderBookDepth} to documents of {@code depth_{SYMBOL}}, keyed by kind and final
 * update id (diff updates and partial snapshots may carry the same id). Each level is a two-element
 * array {@code [price, quantity]} of Decimal128, in the order the exchange sent them:
 *
 * <pre>{@code
 * {_id: {kind: "DIFF"|"PARTIAL", u: <finalUpdateId>}, kind, symbol, firstUpdateId: <long>,
 *  finalUpdateId: <long>, previousFinalUpdateId?: <long>,
 *  bids: [[<Decimal128>, <Decimal128>], ...], asks: [[...], ...],
 *  transactionTime?: <date>, eventTime: <date>, receivedAt: <date>}
 * }</pre>
 */
final class DepthMapper {

  private DepthMapper() {}

  static SeriesCodec<OrderBookDepth> codec() {
    return SeriesCodec.insertOnly(
        SeriesType.DEPTH, "eventTime", DepthMapper::toDocument, DepthMapper::fromDocument);
  }

  static Document id(DepthKind kind, long finalUpdateId) {
    return new Document("kind", kind.name()).append("u", finalUpdateId);
  }

  static Document toDocument(OrderBookDepth depth) {
    Document document =
        new Document("_id", id(depth.kind(), depth.finalUpdateId()))
            .append("kind", depth.kind().name())
            .append("symbol", depth.symbol().value())
            .append("firstUpdateId", depth.firstUpdateId())
            .append("finalUpdateId", depth.finalUpdateId());
    putOptional(document, "previousFinalUpdateId", depth.previousFinalUpdateId());
    document
        .append("bids", levels(depth.bids(), "bids"))
        .append("asks", levels(depth.asks(), "asks"));
    putOptional(document, "transactionTime", date(depth.transactionTime()));
    return document
        .append("eventTime", date(depth.eventTime()))
        .append("receivedAt", date(depth.receivedAt()));
  }

  static OrderBookDepth fromDocument(Document document) {
    return new OrderBookDepth(
        Symbol.of(readString(document, "symbol")),
        DepthKind.valueOf(readString(document, "kind")),
        readLong(document, "firstUpdateId"),
        readLong(document, "finalUpdateId"),
        readLongOrNull(document, "previousFinalUpdateId"),
        readLevels(document, "bids"),
        readLevels(document, "asks"),
        readInstantOrNull(document, "transactionTime"),
        readInstant(document, "eventTime"),
        readInstant(document, "receivedAt"));
  }

  private static List<List<Decimal128>> levels(List<PriceLevel> levels, String side) {
    return levels.stream()
        .map(
            level ->
                List.of(
                    decimal(level.price(), side + ".price"),
                    decimal(level.quantity(), side + ".quantity")))
        .toList();
  }

  private static List<PriceLevel> readLevels(Document document, String side) {
    List<?> levels = document.getList(side, Object.class);
    if (levels == null) {
      throw new IllegalStateException(
          "stored document " + document.get("_id") + " lacks required field " + side);
    }
    return levels.stream().map(level -> readLevel(level, side)).toList();
  }

  private static PriceLevel readLevel(Object level, String side) {
    if (!(level instanceof List<?> pair) || pair.size() != 2) {
      throw new IllegalStateException(
          "stored " + side + " level " + level + " is not a [price, quantity] pair");
    }
    return new PriceLevel(
        decimalElement(pair.get(0), side + ".price"),
        decimalElement(pair.get(1), side + ".quantity"));
  }
}
