package com.mdm.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.DepthKind;
import com.mdm.domain.market.OrderBookDepth;
import com.mdm.domain.port.out.WriteResult;
import com.mdm.testsupport.contract.SeriesSample;
import com.mdm.testsupport.contract.SeriesSamples;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class MongoDepthRepositoryIT extends MongoSeriesRepositoryContract<OrderBookDepth> {

  @Override
  protected SeriesSample<OrderBookDepth> sample() {
    return SeriesSample.DEPTH;
  }

  @Override
  protected String priceField() {
    return "bids.0.0";
  }

  @Override
  protected String tinyField() {
    return "bids.0.1";
  }

  @Override
  protected String timeField() {
    return "eventTime";
  }

  @Test
  void givenDiffAndPartialWithTheSameFinalUpdateId_whenSaved_thenBothAreStored() throws Exception {
    OrderBookDepth diff = SeriesSamples.depth(symbol, 3, DepthKind.DIFF);
    OrderBookDepth partial = SeriesSamples.depth(symbol, 3, DepthKind.PARTIAL);

    assertThat(save(List.of(diff, partial))).isEqualTo(new WriteResult(2, 0));
    assertThat(all()).containsExactly(diff, partial);
  }

  @Test
  void givenDiffUpdate_whenStored_thenItsIdsAndLevelsAreReadable() throws Exception {
    OrderBookDepth diff = SeriesSamples.depth(symbol, 4, DepthKind.DIFF);
    save(List.of(diff));

    Document stored =
        mongo.document(
            key(symbol).collectionName(),
            new Document("kind", "DIFF").append("u", diff.finalUpdateId()));
    assertThat(stored).isNotNull();
    assertThat(stored.getLong("finalUpdateId")).isEqualTo(diff.finalUpdateId());
    assertThat(stored.getLong("previousFinalUpdateId")).isEqualTo(diff.previousFinalUpdateId());
    assertThat(stored.getList("bids", List.class)).hasSize(2);
    assertThat(stored.getList("asks", List.class)).hasSize(1);
  }
}
