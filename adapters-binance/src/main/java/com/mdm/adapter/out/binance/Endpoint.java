package com.mdm.adapter.out.binance;

/** The Binance USD-M REST endpoints used for history, with their request weights. */
enum Endpoint {
  KLINES("/fapi/v1/klines", 1500),
  MARK_PRICE_KLINES("/fapi/v1/markPriceKlines", 1500),
  AGG_TRADES("/fapi/v1/aggTrades", 1000),
  FUNDING_RATE("/fapi/v1/fundingRate", 1000);

  private final String path;
  private final int maxLimit;

  Endpoint(String path, int maxLimit) {
    this.path = path;
    this.maxLimit = maxLimit;
  }

  String path() {
    return path;
  }

  /** The largest {@code limit} the endpoint accepts. */
  int maxLimit() {
    return maxLimit;
  }

  /**
   * The weight of one call asking for {@code limit} rows. Klines cost by the limit asked, not the
   * rows returned; funding rates have no published weight and are counted as 1, besides their own
   * budget of requests per five minutes.
   */
  int weight(int limit) {
    return switch (this) {
      case KLINES, MARK_PRICE_KLINES -> limit < 100 ? 1 : limit < 500 ? 2 : limit <= 1000 ? 5 : 10;
      case AGG_TRADES -> 20;
      case FUNDING_RATE -> 1;
    };
  }

  /** Whether calls also count against the funding-rate request budget. */
  boolean fundingLimited() {
    return this == FUNDING_RATE;
  }
}
