package com.mdm.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.IndexModel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

class IndexPlanTest {

  private static List<BsonDocument> keys(List<IndexModel> indexes) {
    return indexes.stream().map(index -> index.getKeys().toBsonDocument()).toList();
  }

  @Test
  void everySeriesIsIndexedBySeriesTimeThenId() {
    assertThat(keys(IndexPlan.seriesIndexes(CandleMapper.codec())))
        .containsExactly(BsonDocument.parse("{openTime: 1, _id: 1}"));
    assertThat(keys(IndexPlan.seriesIndexes(FundingRateMapper.codec())))
        .containsExactly(BsonDocument.parse("{fundingTime: 1, _id: 1}"));
    assertThat(keys(IndexPlan.seriesIndexes(BookTickerMapper.codec())))
        .containsExactly(BsonDocument.parse("{eventTime: 1, _id: 1}"));
  }

  @Test
  void theSharedTradesCollectionIsAlsoIndexedByType() {
    assertThat(keys(IndexPlan.seriesIndexes(TradeMapper.codec())))
        .containsExactly(
            BsonDocument.parse("{tradeTime: 1, _id: 1}"),
            BsonDocument.parse("{type: 1, tradeTime: 1, _id: 1}"));
    assertThat(keys(IndexPlan.seriesIndexes(AggregateTradeMapper.codec())))
        .isEqualTo(keys(IndexPlan.seriesIndexes(TradeMapper.codec())));
  }

  @Test
  void retentionBecomesATtlIndexOnReceivedAtPartialByTypeInTheSharedCollection() {
    IndexModel depth = IndexPlan.ttlIndex(DepthMapper.codec(), Duration.ofHours(36));
    IndexModel aggTrades = IndexPlan.ttlIndex(AggregateTradeMapper.codec(), Duration.ofDays(7));

    assertThat(depth.getKeys().toBsonDocument()).isEqualTo(BsonDocument.parse("{receivedAt: 1}"));
    assertThat(depth.getOptions().getName()).isEqualTo("receivedAt_ttl");
    assertThat(depth.getOptions().getExpireAfter(TimeUnit.SECONDS)).isEqualTo(36 * 3600L);
    assertThat(depth.getOptions().getPartialFilterExpression()).isNull();
    assertThat(aggTrades.getOptions().getName()).isEqualTo("receivedAt_ttl_aggTrade");
    assertThat(aggTrades.getOptions().getExpireAfter(TimeUnit.SECONDS)).isEqualTo(7 * 86_400L);
    assertThat(aggTrades.getOptions().getPartialFilterExpression().toBsonDocument())
        .isEqualTo(BsonDocument.parse("{type: 'aggTrade'}"));
  }
}
