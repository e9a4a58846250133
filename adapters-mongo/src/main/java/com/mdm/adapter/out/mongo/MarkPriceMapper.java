package com.mdm.adapter.out.mongo;

import static com.mdm.adapter.out.mongo.BsonValues.date;
import static com.mdm.adapter.out.mongo.BsonValues.decimal;
import static com.mdm.adapter.out.mongo.BsonValues.putOptional;
import static com.mdm.adapter.out.mongo.BsonValues.readDecimal;
import static com.mdm.adapter.out.mongo.BsonValues.readDecimalOrNull;
import static com.mdm.adapter.out.mongo.BsonValues.readInstant;
import static com.mdm.adapter.out.mongo.BsonValues.readInstantOrNull;
import static com.mdm.adapter.out.mongo.BsonValues.readString;

import com.mdm.domain.market.MarkPrice;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import org.bson.Document;

/**
 * Maps {@link MarkPrice} to documents of {@code mark_prices_{SYMBOL}}, keyed by event time:
 *
 * <pre>{@code
 * {_id: <eventTime date>, symbol, markPrice: <Decimal128>, indexPrice?, estimatedSettlePrice?,
 *  fundingRate?: <Decimal128>, nextFundingTime?: <date>, eventTime: <date>, receivedAt: <date>}
 * }</pre>
 */
final class MarkPriceMapper {

  private MarkPriceMapper() {}

  static SeriesCodec<MarkPrice> codec() {
    return SeriesCodec.insertOnly(
        SeriesType.MARK_PRICES,
        "eventTime",
        MarkPriceMapper::toDocument,
        MarkPriceMapper::fromDocument);
  }

  static Document toDocument(MarkPrice price) {
    Document document =
        new Document("_id", date(price.eventTime()))
            .append("symbol", price.symbol().value())
            .append("markPrice", decimal(price.markPrice(), "markPrice"));
    putOptional(document, "indexPrice", decimal(price.indexPrice(), "indexPrice"));
    putOptional(
        document,
        "estimatedSettlePrice",
        decimal(price.estimatedSettlePrice(), "estimatedSettlePrice"));
    putOptional(document, "fundingRate", decimal(price.fundingRate(), "fundingRate"));
    putOptional(document, "nextFundingTime", date(price.nextFundingTime()));
    return document
        .append("eventTime", date(price.eventTime()))
        .append("receivedAt", date(price.receivedAt()));
  }

  static MarkPrice fromDocument(Document document) {
    return new MarkPrice(
        Symbol.of(readString(document, "symbol")),
        readDecimal(document, "markPrice"),
        readDecimalOrNull(document, "indexPrice"),
        readDecimalOrNull(document, "estimatedSettlePrice"),
        readDecimalOrNull(document, "fundingRate"),
        readInstantOrNull(document, "nextFundingTime"),
        readInstant(document, "eventTime"),
        readInstant(document, "receivedAt"));
  }
}
