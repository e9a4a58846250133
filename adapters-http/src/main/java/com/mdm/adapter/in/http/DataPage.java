package com.mdm.adapter.in.http;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SortOrder;
import java.util.List;

/**
 * The answer of a {@code /data/...} route: which series, in what order, how many records, for
 * candles where they come from, the records and the cursor after them.
 *
 * @param candles written in place for candle pages; absent (null) for every other series
 * @param nextCursor null when there is nothing after the page
 */
record DataPage(
    String dataset,
    String pair,
    String order,
    int count,
    @JsonUnwrapped CandleSource candles,
    CoverageJson.Served coverage,
    List<?> data,
    String nextCursor) {

  static DataPage of(
      SeriesKey key,
      SortOrder order,
      CandleSource candles,
      CoverageJson.Served coverage,
      List<?> data,
      String nextCursor) {
    return new DataPage(
        key.datasetId(),
        key.symbol().value(),
        order == SortOrder.ASCENDING ? "asc" : "desc",
        data.size(),
        candles,
        coverage,
        data,
        nextCursor);
  }

  /**
   * The period of a candle page, and whether it was rolled up from the stored {@code sourcePeriod}.
   */
  record CandleSource(String period, boolean derived, String sourcePeriod) {}
}
