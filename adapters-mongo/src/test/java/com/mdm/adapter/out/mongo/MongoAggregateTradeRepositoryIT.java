package com.mdm.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.AggregateTrade;
import com.mdm.testsupport.contract.SeriesSample;
import com.mdm.testsupport.contract.SeriesSamples;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class MongoAggregateTradeRepositoryIT extends MongoSeriesRepositoryContract<AggregateTrade> {

  @Override
  protected SeriesSample<AggregateTrade> sample() {
    return SeriesSample.AGG_TRADES;
  }

  @Override
  protected String priceField() {
    return "price";
  }

  @Override
  protected String tinyField() {
    return "quantity";
  }

  @Override
  protected String timeField() {
    return "tradeTime";
  }

  @Test
  void givenAggTrade_whenStored_thenItsIdIsTypedAndTradeIdRangeIsQueryable() throws Exception {
    AggregateTrade trade = SeriesSamples.aggregateTrade(symbol, 3);
    save(List.of(trade));

    Document stored =
        mongo.document(
            key(symbol).collectionName(), AggregateTradeMapper.id(trade.aggregateTradeId()));
    assertThat(stored).isNotNull();
    assertThat(stored.getString("type")).isEqualTo("aggTrade");
    assertThat(stored.getLong("aggregateTradeId")).isEqualTo(trade.aggregateTradeId());
    assertThat(stored.getLong("firstTradeId")).isEqualTo(trade.firstTradeId());
    assertThat(stored.getLong("lastTradeId")).isEqualTo(trade.lastTradeId());
  }
}
