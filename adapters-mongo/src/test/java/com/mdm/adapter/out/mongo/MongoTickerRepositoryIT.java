package com.mdm.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.Ticker;
import com.mdm.domain.port.out.WriteResult;
import com.mdm.testsupport.contract.SeriesSample;
import com.mdm.testsupport.contract.SeriesSamples;
import java.util.List;
import org.junit.jupiter.api.Test;

class MongoTickerRepositoryIT extends MongoSeriesRepositoryContract<Ticker> {

  @Override
  protected SeriesSample<Ticker> sample() {
    return SeriesSample.TICKERS;
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
    Ticker full = SeriesSamples.ticker(symbol, 6, false);
    Ticker mini = SeriesSamples.ticker(symbol, 6, true);

    assertThat(save(List.of(mini, full))).isEqualTo(new WriteResult(2, 0));
    assertThat(all()).containsExactly(full, mini);
  }
}
