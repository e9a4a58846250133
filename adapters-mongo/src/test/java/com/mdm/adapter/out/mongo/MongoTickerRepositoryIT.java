package com.mdm.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Ticker;
import com.mdm.domain.port.out.WriteResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class MongoTickerRepositoryIT extends SeriesRepositoryContract<Ticker> {

  @Override
  protected SeriesType type() {
    return SeriesType.TICKERS;
  }

  @Override
  protected Class<Ticker> recordType() {
    return Ticker.class;
  }

  @Override
  protected Ticker record(Symbol symbol, int n) {
    return Samples.ticker(symbol, n);
  }

  @Override
  protected String priceField() {
    return "close";
  }

  @Override
  protected String tinyField() {
    return "lastQuantity";
  }

  @Override
  protected String timeField() {
    return "eventTime";
  }

  @Test
  void givenFullAndMiniTickerAtTheSameEventTime_whenSaved_thenBothAreStored() throws Exception {
    Ticker full = Samples.ticker(symbol, 6, false);
    Ticker mini = Samples.ticker(symbol, 6, true);

    assertThat(save(List.of(mini, full))).isEqualTo(new WriteResult(2, 0));
    assertThat(all()).containsExactly(full, mini);
  }
}
