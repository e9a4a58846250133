package com.mdm.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class MongoAggregateTradeRepositoryIT extends SeriesRepositoryContract<AggregateTrade> {

  @Override
  protected SeriesType type() {
    return SeriesType.AGG_TRADES;
  }

  @Override
  protected Class<AggregateTrade> recordType() {
    return AggregateTrade.class;
  }

  @Override
  protected AggregateTrade record(Symbol symbol, int n) {
    return Samples.aggregateTrade(symbol, n);
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
    AggregateTrade trade = Samples.aggregateTrade(symbol, 3);
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
