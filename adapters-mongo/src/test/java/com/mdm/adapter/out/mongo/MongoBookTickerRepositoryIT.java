package com.mdm.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.BookTicker;
import com.mdm.testsupport.contract.SeriesSample;
import com.mdm.testsupport.contract.SeriesSamples;
import java.util.List;
import org.junit.jupiter.api.Test;

class MongoBookTickerRepositoryIT extends MongoSeriesRepositoryContract<BookTicker> {

  @Override
  protected SeriesSample<BookTicker> sample() {
    return SeriesSample.BOOK_TICKERS;
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
    BookTicker ticker = SeriesSamples.bookTicker(symbol, 5);
    save(List.of(ticker));

    assertThat(mongo.document(key(symbol).collectionName(), ticker.updateId()))
        .isNotNull()
        .containsEntry("updateId", ticker.updateId());
  }
}
