package com.mdm.domain.port.in;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.RecordOrigin;
import com.mdm.domain.market.SeriesKey;
import java.util.List;

/**
 * Reads stored market data page by page, with opaque cursors that never skip or repeat a record,
 * even where many records share one millisecond.
 */
public interface QueryMarketDataUseCase {

  /**
   * One page of any stored series but candles (which {@link #candles} serves).
   *
   * @throws InvalidRequestException for a start after the end, a limit out of range or a cursor
   *     that is malformed or belongs to another query
   * @throws NoDataStoredException for a pair that is neither supported nor in the catalog
   */
  SeriesPage<MarketEvent> series(SeriesQuery query);

  /**
   * One page of candles: from the stored series of the timeframe when there is one, else rolled up
   * from the coarsest finer stored timeframe that divides it.
   *
   * @throws InvalidRequestException as {@link #series} does
   * @throws NoDataStoredException as {@link #series} does
   */
  CandlePage candles(CandleQuery query);

  /**
   * Where each of {@code records} (records of {@code key} served by this use case) came from, in
   * their order; null for a record stored without an origin.
   */
  List<RecordOrigin> origins(SeriesKey key, List<? extends MarketEvent> records);
}
