package com.mdm.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.market.Trade;
import com.mdm.domain.port.out.SeriesRepository;
import com.mdm.domain.port.out.WriteResult;
import com.mdm.testsupport.contract.SeriesSample;
import com.mdm.testsupport.contract.SeriesSamples;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class MongoTradeRepositoryIT extends MongoSeriesRepositoryContract<Trade> {

  @Override
  protected SeriesSample<Trade> sample() {
    return SeriesSample.TRADES;
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
  void
      givenTradeAndAggTradeWithTheSameId_whenBothSaved_thenBothAreStoredAndEachRepositorySeesItsOwn()
          throws Exception {
    SeriesRepository<AggregateTrade> aggregates =
        new MongoSeriesStore(mongo.database(), config())
            .repository(SeriesType.AGG_TRADES, AggregateTrade.class);
    Trade trade = SeriesSamples.trade(symbol, 1);
    AggregateTrade aggregate = SeriesSamples.aggregateTrade(symbol, 1);
    assertThat(trade.tradeId()).isEqualTo(aggregate.aggregateTradeId());

    assertThat(save(List.of(trade))).isEqualTo(new WriteResult(1, 0));
    assertThat(aggregates.saveAll(List.of(aggregate)).get(30, TimeUnit.SECONDS))
        .isEqualTo(new WriteResult(1, 0));

    SeriesKey aggKey = SeriesKey.of(SeriesType.AGG_TRADES, symbol);
    assertThat(aggKey.collectionName()).isEqualTo(key(symbol).collectionName());
    assertThat(mongo.documents(key(symbol).collectionName())).hasSize(2);
    assertThat(all()).containsExactly(trade);
    assertThat(repository.latest(key(symbol), 10)).containsExactly(trade);
    assertThat(repository.count(key(symbol), TimeRange.all())).isEqualTo(1);
    assertThat(aggregates.range(aggKey, TimeRange.all(), 10, SortOrder.ASCENDING))
        .containsExactly(aggregate);
    assertThat(aggregates.latest(aggKey, 10)).containsExactly(aggregate);
    assertThat(aggregates.count(aggKey, TimeRange.all())).isEqualTo(1);
  }

  @Test
  void givenTrade_whenStored_thenItsIdIsTypedAndItsFieldsAreQueryable() throws Exception {
    Trade trade = SeriesSamples.trade(symbol, 2);
    save(List.of(trade));

    Document stored = mongo.document(key(symbol).collectionName(), TradeMapper.id(trade.tradeId()));
    assertThat(stored).isNotNull();
    assertThat(stored.get("_id"))
        .isEqualTo(new Document("type", "trade").append("id", trade.tradeId()));
    assertThat(stored.getString("type")).isEqualTo("trade");
    assertThat(stored.getLong("tradeId")).isEqualTo(trade.tradeId());
    assertThat(stored.getString("tradeType")).isEqualTo("MARKET");
  }

  @Test
  void givenCollectionWrittenFirst_whenDone_thenTheTypeAndTimeIndexExists() throws Exception {
    save(records(0, 1));

    assertThat(indexKeys(key(symbol)))
        .contains(new Document("type", 1).append("tradeTime", 1).append("_id", 1));
  }

  @Test
  void givenRetentionForTradesAndAggTrades_whenBothWritten_thenEachHasItsOwnPartialTtlIndex()
      throws Exception {
    MongoStorageConfig expiring =
        config()
            .withRetention(SeriesType.TRADES, Duration.ofDays(7))
            .withRetention(SeriesType.AGG_TRADES, Duration.ofDays(2));
    repository(mongo.database(), expiring)
        .saveAll(List.of(SeriesSamples.trade(symbol, 1)))
        .get(30, TimeUnit.SECONDS);
    new MongoSeriesStore(mongo.database(), expiring)
        .repository(SeriesType.AGG_TRADES, AggregateTrade.class)
        .saveAll(List.of(SeriesSamples.aggregateTrade(symbol, 1)))
        .get(30, TimeUnit.SECONDS);

    Map<String, Document> ttl =
        mongo.indexes(key(symbol).collectionName()).stream()
            .filter(index -> index.containsKey("expireAfterSeconds"))
            .collect(Collectors.toMap(index -> index.getString("name"), index -> index));
    assertThat(ttl).containsOnlyKeys("receivedAt_ttl_trade", "receivedAt_ttl_aggTrade");
    assertThat(ttl.get("receivedAt_ttl_trade").get("partialFilterExpression"))
        .isEqualTo(new Document("type", "trade"));
    assertThat(((Number) ttl.get("receivedAt_ttl_trade").get("expireAfterSeconds")).longValue())
        .isEqualTo(7 * 86_400L);
    assertThat(ttl.get("receivedAt_ttl_aggTrade").get("partialFilterExpression"))
        .isEqualTo(new Document("type", "aggTrade"));
    assertThat(((Number) ttl.get("receivedAt_ttl_aggTrade").get("expireAfterSeconds")).longValue())
        .isEqualTo(2 * 86_400L);
  }

  @Test
  @Tag("real-mongodb")
  void givenRetentionChanged_whenWrittenByANewProcess_thenTheTtlIndexTakesTheNewRetention()
      throws Exception {
    // The embedded server keeps a second index of the same name instead of refusing it with
    // IndexOptionsConflict, so the collMod that changes the retention only happens on MongoDB:
    // this test runs only where scripts/test has a real server (see the real-mongodb tag).
    repository(mongo.database(), config().withRetention(SeriesType.TRADES, Duration.ofDays(7)))
        .saveAll(List.of(SeriesSamples.trade(symbol, 1)))
        .get(30, TimeUnit.SECONDS);
    repository(mongo.database(), config().withRetention(SeriesType.TRADES, Duration.ofDays(3)))
        .saveAll(List.of(SeriesSamples.trade(symbol, 2)))
        .get(30, TimeUnit.SECONDS);

    assertThat(mongo.indexes(key(symbol).collectionName()))
        .filteredOn(index -> "receivedAt_ttl_trade".equals(index.getString("name")))
        .singleElement()
        .satisfies(
            index ->
                assertThat(((Number) index.get("expireAfterSeconds")).longValue())
                    .isEqualTo(3 * 86_400L));
  }
}
