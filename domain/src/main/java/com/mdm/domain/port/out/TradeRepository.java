package com.mdm.domain.port.out;

import com.mdm.domain.market.Trade;

/** Stores and reads {@link Trade} series. */
public interface TradeRepository extends SeriesRepository<Trade> {}
