package com.mdm.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.Liquidation;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Side;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.port.out.WriteResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class MongoLiquidationRepositoryIT extends SeriesRepositoryContract<Liquidation> {

  @Override
  protected SeriesType type() {
    return SeriesType.LIQUIDATIONS;
  }

  @Override
  protected Class<Liquidation> recordType() {
    return Liquidation.class;
  }

  @Override
  protected Liquidation record(Symbol symbol, int n) {
    return Samples.liquidation(symbol, n);
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
    Liquidation buy = Samples.liquidation(symbol, 7, Side.BUY);
    Liquidation sell = Samples.liquidation(symbol, 7, Side.SELL);

    assertThat(save(List.of(sell, buy))).isEqualTo(new WriteResult(2, 0));
    assertThat(save(List.of(buy))).isEqualTo(new WriteResult(0, 1));
    assertThat(all()).containsExactly(buy, sell);
  }
}
