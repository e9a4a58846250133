package com.mdm.adapter.out.mongo;

import com.mdm.domain.market.MarkPrice;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;

class MongoMarkPriceRepositoryIT extends SeriesRepositoryContract<MarkPrice> {

  @Override
  protected SeriesType type() {
    return SeriesType.MARK_PRICES;
  }

  @Override
  protected Class<MarkPrice> recordType() {
    return MarkPrice.class;
  }

  @Override
  protected MarkPrice record(Symbol symbol, int n) {
    return Samples.markPrice(symbol, n);
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
