package com.mdm.domain.port.out;

import com.mdm.domain.market.Ticker;

/** Stores and reads {@link Ticker} series. */
public interface TickerRepository extends SeriesRepository<Ticker> {}
