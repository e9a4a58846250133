package com.mdm.application.service.audit;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.port.out.SeriesRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Hands the records of a range to a consumer in key order (series time, then the rest of the
 * natural key), one page at a time: records sharing a millisecond are sorted among themselves, as
 * the store orders by time alone.
 */
final class HourRecords {

  private static final Comparator<MarketEvent> WITHIN_TIME =
      Comparator.comparing(MarketEvent::keyWithinTime);

  private HourRecords() {}

  static <T extends MarketEvent> void walk(
      SeriesRepository<T> repository,
      SeriesKey key,
      TimeRange range,
      int pageSize,
      Consumer<? super T> consumer) {
    SeriesWalk<T> walk = new SeriesWalk<>(repository, key, range, pageSize);
    List<T> sameTime = new ArrayList<>();
    Instant time = null;
    while (walk.hasNext()) {
      T record = walk.next();
      if (!record.seriesTime().equals(time)) {
        flush(sameTime, consumer);
        time = record.seriesTime();
      }
      sameTime.add(record);
    }
    flush(sameTime, consumer);
  }

  private static <T extends MarketEvent> void flush(List<T> records, Consumer<? super T> consumer) {
    records.sort(WITHIN_TIME);
    records.forEach(consumer);
    records.clear();
  }
}
