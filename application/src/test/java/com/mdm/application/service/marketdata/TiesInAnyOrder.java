package com.mdm.application.service.marketdata;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.port.out.SeriesRepository;
import com.mdm.domain.port.out.SeriesStore;
import com.mdm.testsupport.fake.ForwardingSeriesRepository;
import com.mdm.testsupport.fake.InMemorySeriesStore;
import java.util.Comparator;
import java.util.List;

/**
 * The shared in-memory store, but records sharing a series time come back in an order of their own
 * (by hash), as a store may order ties in any way; only the time order is kept.
 */
final class TiesInAnyOrder implements SeriesStore {

  private final InMemorySeriesStore store = new InMemorySeriesStore();

  void add(List<? extends MarketEvent> events) {
    store.add(events);
  }

  @Override
  public SeriesRepository<? extends MarketEvent> repository(SeriesType type) {
    return shuffled(store.repository(type));
  }

  private static <T extends MarketEvent> SeriesRepository<T> shuffled(SeriesRepository<T> stored) {
    Comparator<T> byTime =
        Comparator.comparing((T event) -> event.seriesTime())
            .thenComparing(event -> Integer.toHexString(event.hashCode() * 31));
    return new ForwardingSeriesRepository<>(stored) {
      @Override
      public List<T> range(SeriesKey key, TimeRange range, int limit, SortOrder order) {
        return super.range(key, range, Integer.MAX_VALUE, order).stream()
            .sorted(order == SortOrder.ASCENDING ? byTime : byTime.reversed())
            .limit(limit)
            .toList();
      }

      @Override
      public List<T> latest(SeriesKey key, int limit) {
        return range(key, TimeRange.all(), limit, SortOrder.DESCENDING);
      }
    };
  }
}
