package com.mdm.domain.port.out;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.TimeRange;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Stores and reads one kind of time series, keyed by each record's natural id so that storing a
 * record twice never makes a second copy.
 *
 * @param <T> the record type
 */
public interface SeriesRepository<T extends MarketEvent> {

  /**
   * Writes the records, which may belong to different series of this type. Completes once every
   * record is durably written or known to be stored already; one duplicate never stops the rest.
   */
  CompletableFuture<WriteResult> saveAll(List<T> records);

  /** Records whose series time lies in {@code range}, in the given order, at most {@code limit}. */
  List<T> range(SeriesKey key, TimeRange range, int limit, SortOrder order);

  /** The {@code limit} most recent records, newest first. */
  List<T> latest(SeriesKey key, int limit);

  /** How many records lie in {@code range}. */
  long count(SeriesKey key, TimeRange range);
}
