package com.mdm.application.service.audit;

import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.port.out.SeriesRepository;
import com.mdm.domain.port.out.SeriesStore;
import com.mdm.testsupport.fake.ForwardingSeriesRepository;
import com.mdm.testsupport.fake.InMemorySeriesStore;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared store, but handing a scan one aggregate trade twice: MongoDB's natural ids keep a
 * record from being stored twice, so only a store that broke them would, and the auditor must still
 * count it.
 */
final class HandingOutTwice implements SeriesStore {

  private final InMemorySeriesStore store;
  private final SeriesRepository<AggregateTrade> aggregates;

  HandingOutTwice(InMemorySeriesStore store, AggregateTrade repeated) {
    this.store = store;
    this.aggregates =
        new ForwardingSeriesRepository<>(
            store.repository(SeriesType.AGG_TRADES, AggregateTrade.class)) {
          @Override
          public List<AggregateTrade> range(
              SeriesKey key, TimeRange range, int limit, SortOrder order) {
            List<AggregateTrade> found = new ArrayList<>();
            for (AggregateTrade trade : super.range(key, range, limit, order)) {
              found.add(trade);
              if (trade.equals(repeated)) {
                found.add(trade);
              }
            }
            return found.subList(0, Math.min(limit, found.size()));
          }
        };
  }

  @Override
  public SeriesRepository<? extends MarketEvent> repository(SeriesType type) {
    return type == SeriesType.AGG_TRADES ? aggregates : store.repository(type);
  }
}
