package com.mdm.adapter.out.mongo;

import com.mdm.domain.market.MarkPrice;
import com.mdm.testsupport.contract.SeriesSample;

class MongoMarkPriceRepositoryIT extends MongoSeriesRepositoryContract<MarkPrice> {

  @Override
  protected SeriesSample<MarkPrice> sample() {
    return SeriesSample.MARK_PRICES;
  }

  @Override
  protected String priceField() {
    return "markPrice";
  }

  @Override
  protected String tinyField() {
    return "fundingRate";
  }

  @Override
  protected String timeField() {
    return "eventTime";
  }
}
