package com.mdm.adapter.out.mongo;

import static com.mdm.adapter.out.mongo.BsonValues.date;
import static com.mdm.adapter.out.mongo.BsonValues.decimal;
import static com.mdm.adapter.out.mongo.BsonValues.putOptional;
import static com.mdm.adapter.out.mongo.BsonValues.readDecimal;
import static com.mdm.adapter.out.mongo.BsonValues.readInstant;
import static com.mdm.adapter.out.mongo.BsonValues.readInstantOrNull;
import static com.mdm.adapter.out.mongo.BsonValues.readLong;
import static com.mdm.adapter.out.mongo.BsonValues.readString;

import com.mdm.domain.market.BookTicker;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import org.bson.Document;

/**
 * Maps {@link BookTicker} to documents of {@code book_tickers_{SYMBOL}}, keyed by update id:
 *
 * <pre>{@code
 * {_id: <updateId long>, symbol, updateId: <long>, bestBidPrice, bestBidQuantity,
 *  bestAskPrice, bestAskQuantity: <Decimal128>, transactionTime?: <date>,
 *  eventTime: <date>, receivedAt: <date>}
 * }</pre>
 */
final class BookTickerMapper {

  private BookTickerMapper() {}

  static SeriesCodec<BookTicker> codec() {
    return SeriesCodec.insertOnly(
        SeriesType.BOOK_TICKERS,
        "eventTime",
        BookTickerMapper::toDocument,
        BookTickerMapper::fromDocument);
  }

  static Document toDocument(BookTicker ticker) {
    Document document =
        new Document("_id", ticker.updateId())
            .append("symbol", ticker.symbol().value())
            .append("updateId", ticker.updateId())
            .append("bestBidPrice", decimal(ticker.bestBidPrice(), "bestBidPrice"))
            .append("bestBidQuantity", decimal(ticker.bestBidQuantity(), "bestBidQuantity"))
            .append("bestAskPrice", decimal(ticker.bestAskPrice(), "bestAskPrice"))
            .append("bestAskQuantity", decimal(ticker.bestAskQuantity(), "bestAskQuantity"));
    putOptional(document, "transactionTime", date(ticker.transactionTime()));
    return document
        .append("eventTime", date(ticker.eventTime()))
        .append("receivedAt", date(ticker.receivedAt()));
  }

  static BookTicker fromDocument(Document document) {
    return new BookTicker(
        Symbol.of(readString(document, "symbol")),
        readLong(document, "updateId"),
        readDecimal(document, "bestBidPrice"),
        readDecimal(document, "bestBidQuantity"),
        readDecimal(document, "bestAskPrice"),
        readDecimal(document, "bestAskQuantity"),
        readInstantOrNull(document, "transactionTime"),
        readInstant(document, "eventTime"),
        readInstant(document, "receivedAt"));
  }
}
