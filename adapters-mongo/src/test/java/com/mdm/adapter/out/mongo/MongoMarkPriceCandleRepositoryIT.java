package com.mdm.adapter.out.mongo;

import com.mdm.domain.market.MarkPriceCandle;
import com.mdm.testsupport.contract.SeriesSample;

class MongoMarkPriceCandleRepositoryIT extends MongoSeriesRepositoryContract<MarkPriceCandle> {

  @Override
  protected SeriesSample<MarkPriceCandle> sample() {
    return SeriesSample.MARK_PRICE_CANDLES;
  }

  @Override
  protected String priceField() {
    return "open";
  }

  @Override
  protected String tinyField() {
    return "low";
  }

  @Override
  protected String timeField() {
    return "openTime";
  }
}
