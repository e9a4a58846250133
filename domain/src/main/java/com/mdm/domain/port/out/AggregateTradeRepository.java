package com.mdm.domain.port.out;

import com.mdm.domain.market.AggregateTrade;

/** Stores and reads {@link AggregateTrade} series. */
public interface AggregateTradeRepository extends SeriesRepository<AggregateTrade> {}
