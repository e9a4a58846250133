package com.mdm.adapter.out.mongo;

import static com.mdm.adapter.out.mongo.BsonValues.date;
import static com.mdm.adapter.out.mongo.BsonValues.decimal;
import static com.mdm.adapter.out.mongo.BsonValues.readDecimal;

import com.mdm.domain.market.Kline;
import com.mdm.domain.market.Ohlc;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * What the documents of both kline series share: the fields up to the close price, keyed by open
 * time, and the replacement rule.
 *
 * <p>Replacement rule: a closed kline is final and is never replaced; a closed update replaces an
 * open kline whatever its event time; an open update replaces an open kline only when its event
 * time is strictly newer (an equal event time is a redelivery and counts as a duplicate). A kline
 * fetched while still open is so completed by a later fetch.
 */
final class KlineDocuments {

  private KlineDocuments() {}

  static <K extends Kline> ReplaceRule<K> replaceRule() {
    return new ReplaceRule<>(KlineDocuments::replaceable, KlineDocuments::supersedes);
  }

  static Bson replaceable(Kline kline) {
    Bson openWithSameId =
        Filters.and(Filters.eq("_id", date(kline.openTime())), Filters.eq("closed", false));
    if (kline.closed()) {
      return openWithSameId;
    }
    return Filters.and(openWithSameId, Filters.lt("eventTime", date(kline.eventTime())));
  }

  static boolean supersedes(Kline candidate, Kline current) {
    if (current.closed()) {
      return false;
    }
    return candidate.closed() || candidate.eventTime().isAfter(current.eventTime());
  }

  /**
   * {@code {_id: <openTime date>, symbol, timeframe, openTime, closeTime, open, high, low, close}}
   */
  static Document head(Kline kline) {
    Ohlc ohlc = kline.ohlc();
    return new Document("_id", date(kline.openTime()))
        .append("symbol", kline.symbol().value())
        .append("timeframe", kline.timeframe().code())
        .append("openTime", date(kline.openTime()))
        .append("closeTime", date(kline.closeTime()))
        .append("open", decimal(ohlc.open(), "open"))
        .append("high", decimal(ohlc.high(), "high"))
        .append("low", decimal(ohlc.low(), "low"))
        .append("close", decimal(ohlc.close(), "close"));
  }

  static Ohlc readOhlc(Document document) {
    return new Ohlc(
        readDecimal(document, "open"),
        readDecimal(document, "high"),
        readDecimal(document, "low"),
        readDecimal(document, "close"));
  }
}
