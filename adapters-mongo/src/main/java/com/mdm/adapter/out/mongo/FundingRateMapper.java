package com.mdm.adapter.out.mongo;

import static com.mdm.adapter.out.mongo.BsonValues.date;
import static com.mdm.adapter.out.mongo.BsonValues.decimal;
import static com.mdm.adapter.out.mongo.BsonValues.putOptional;
import static com.mdm.adapter.out.mongo.BsonValues.readDecimal;
import static com.mdm.adapter.out.mongo.BsonValues.readDecimalOrNull;
import static com.mdm.adapter.out.mongo.BsonValues.readInstant;
import static com.mdm.adapter.out.mongo.BsonValues.readString;

import com.mdm.domain.market.FundingRate;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Maps {@link FundingRate} to documents of {@code funding_rates_{SYMBOL}}, keyed by funding time:
 *
 * <pre>{@code
 * {_id: <fundingTime date>, symbol, fundingTime: <date>, fundingRate: <Decimal128>,
 *  markPrice?: <Decimal128>, eventTime: <date>, receivedAt: <date>}
 * }</pre>
 *
 * Replacement rule: the record with the strictly newest event time wins; an equal or older one
 * counts as a duplicate.
 */
final class FundingRateMapper {

  private FundingRateMapper() {}

  static SeriesCodec<FundingRate> codec() {
    return new SeriesCodec<>(
        SeriesType.FUNDING_RATES,
        "fundingTime",
        null,
        FundingRateMapper::toDocument,
        FundingRateMapper::fromDocument,
        new ReplaceRule<>(FundingRateMapper::replaceable, FundingRateMapper::supersedes));
  }

  static Bson replaceable(FundingRate rate) {
    return Filters.and(
        Filters.eq("_id", date(rate.fundingTime())),
        Filters.lt("eventTime", date(rate.eventTime())));
  }

  static boolean supersedes(FundingRate candidate, FundingRate current) {
    return candidate.eventTime().isAfter(current.eventTime());
  }

  static Document toDocument(FundingRate rate) {
    Document document =
        new Document("_id", date(rate.fundingTime()))
            .append("symbol", rate.symbol().value())
            .append("fundingTime", date(rate.fundingTime()))
            .append("fundingRate", decimal(rate.fundingRate(), "fundingRate"));
    putOptional(document, "markPrice", decimal(rate.markPrice(), "markPrice"));
    return document
        .append("eventTime", date(rate.eventTime()))
        .append("receivedAt", date(rate.receivedAt()));
  }

  static FundingRate fromDocument(Document document) {
    return new FundingRate(
        Symbol.of(readString(document, "symbol")),
        readInstant(document, "fundingTime"),
        readDecimal(document, "fundingRate"),
        readDecimalOrNull(document, "markPrice"),
        readInstant(document, "eventTime"),
        readInstant(document, "receivedAt"));
  }
}
