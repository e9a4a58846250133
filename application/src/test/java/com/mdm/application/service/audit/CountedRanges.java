package com.mdm.application.service.audit;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.port.out.SeriesRepository;
import com.mdm.testsupport.fake.ForwardingSeriesRepository;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A series repository counting the range queries it passes on: how many pages a walk read. */
final class CountedRanges<T extends MarketEvent> extends ForwardingSeriesRepository<T> {

  final AtomicInteger rangeQueries = new AtomicInteger();

  CountedRanges(SeriesRepository<T> repository) {
    super(repository);
  }

  @Override
  public List<T> range(SeriesKey key, TimeRange range, int limit, SortOrder order) {
    rangeQueries.incrementAndGet();
    return super.range(key, range, limit, order);
  }
}
