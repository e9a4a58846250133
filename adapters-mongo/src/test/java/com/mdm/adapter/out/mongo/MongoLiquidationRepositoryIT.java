package com.mdm.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.Liquidation;
import com.mdm.domain.market.Side;
import com.mdm.domain.port.out.WriteResult;
import com.mdm.testsupport.contract.SeriesSample;
import com.mdm.testsupport.contract.SeriesSamples;
import java.util.List;
import org.junit.jupiter.api.Test;

class MongoLiquidationRepositoryIT extends MongoSeriesRepositoryContract<Liquidation> {

  @Override
  protected SeriesSample<Liquidation> sample() {
    return SeriesSample.LIQUIDATIONS;
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
  void givenBuyAndSellLiquidationAtTheSameTime_whenSaved_thenBothAreStored() throws Exception {
    Liquidation buy = SeriesSamples.liquidation(symbol, 7, Side.BUY);
    Liquidation sell = SeriesSamples.liquidation(symbol, 7, Side.SELL);

    assertThat(save(List.of(sell, buy))).isEqualTo(new WriteResult(2, 0));
    assertThat(save(List.of(buy))).isEqualTo(new WriteResult(0, 1));
    assertThat(all()).containsExactly(buy, sell);
  }
}
