package com.mdm.application.service.marketdata;

/**
 * Bounds on one market-data query.
 *
 * @param defaultLimit page size when the caller gives none
 * @param maxLimit largest page size a caller may ask for
 * @param maxRollupSourceCandles how many finer candles one page of rolled-up candles may read
 *     before it ends early (with a cursor to the rest); at least one bucket is always completed
 */
public record QueryLimits(int defaultLimit, int maxLimit, int maxRollupSourceCandles) {

  public static final int DEFAULT_LIMIT = 100;
  public static final int MAX_LIMIT = 1000;
  public static final int MAX_ROLLUP_SOURCE_CANDLES = 200_000;

  public QueryLimits {
    if (maxLimit < 1) {
      throw new IllegalArgumentException("maxLimit must be >= 1 but was " + maxLimit);
    }
    if (defaultLimit < 1 || defaultLimit > maxLimit) {
      throw new IllegalArgumentException(
          "defaultLimit must be between 1 and maxLimit " + maxLimit + " but was " + defaultLimit);
    }
    if (maxRollupSourceCandles < 1) {
      throw new IllegalArgumentException(
          "maxRollupSourceCandles must be >= 1 but was " + maxRollupSourceCandles);
    }
  }

  /** Pages of 100 by default, at most 1000, roll-ups reading at most 200,000 candles a page. */
  public static QueryLimits defaults() {
    return new QueryLimits(DEFAULT_LIMIT, MAX_LIMIT, MAX_ROLLUP_SOURCE_CANDLES);
  }
}
