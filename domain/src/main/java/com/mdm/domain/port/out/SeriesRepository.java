package com.mdm.domain.port.out;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.RecordOrigin;
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

  /**
   * As {@link #saveAll(List)}, storing {@code origins.get(i)} beside {@code records.get(i)}. Where
   * a newer record replaces a stored one (a closed candle over an open one), the origin follows the
   * record that is kept. A store that keeps no origins ignores them.
   */
  default CompletableFuture<WriteResult> saveAll(List<T> records, List<RecordOrigin> origins) {
    if (origins.size() != records.size()) {
      throw new IllegalArgumentException(
          "origins must match records but were " + origins.size() + " for " + records.size());
    }
    return saveAll(records);
  }

  /**
   * The origins stored beside {@code records} (records of series {@code key} read from this
   * repository), in their order; null for a record stored without one, or where the store keeps
   * none.
   */
  default List<RecordOrigin> originsOf(SeriesKey key, List<T> records) {
    return java.util.Collections.nCopies(records.size(), null);
  }

  /**
   * Replaces stored records by {@code corrections} of the same natural keys, whatever rule lets one
   * version of a record win over another: a correction made on purpose from a second source, each
   * stored with {@code origins.get(i)}. A correction with no stored record under its key is not
   * written. Completes with how many stored records now hold a correction. Only updatable series
   * (candles, funding rates) may be corrected; for others, and in stores that cannot correct, the
   * future fails with {@link UnsupportedOperationException}.
   */
  default CompletableFuture<Long> correct(List<T> corrections, List<RecordOrigin> origins) {
    return CompletableFuture.failedFuture(
        new UnsupportedOperationException("this store does not correct stored records"));
  }

  /** Records whose series time lies in {@code range}, in the given order, at most {@code limit}. */
  List<T> range(SeriesKey key, TimeRange range, int limit, SortOrder order);

  /** The {@code limit} most recent records, newest first. */
  List<T> latest(SeriesKey key, int limit);

  /** How many records lie in {@code range}. */
  long count(SeriesKey key, TimeRange range);
}
