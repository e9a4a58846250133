package com.mdm.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.BookTicker;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import java.util.List;
import org.junit.jupiter.api.Test;

class MongoBookTickerRepositoryIT extends SeriesRepositoryContract<BookTicker> {

  @Override
  protected SeriesType type() {
    return SeriesType.BOOK_TICKERS;
  }

  @Override
  protected Class<BookTicker> recordType() {
    return BookTicker.class;
  }

  @Override
  protected BookTicker record(Symbol symbol, int n) {
    return Samples.bookTicker(symbol, n);
  }

  @Override
  protected String priceField() {
    return "bestBidPrice";
  }

  @Override
  protected String tinyField() {
    return "bestBidQuantity";
  }

  @Override
  protected String timeField() {
    return "eventTime";
  }

  @Test
  void givenBookTicker_whenStored_thenItIsKeyedByItsUpdateId() throws Exception {
    BookTicker ticker = Samples.bookTicker(symbol, 5);
    save(List.of(ticker));

    assertThat(mongo.document(key(symbol).collectionName(), ticker.updateId()))
        .isNotNull()
        .containsEntry("updateId", ticker.updateId());
  }
}
