package com.mdm.domain.port.out;

import com.mdm.domain.market.OrderBookDepth;

/** Stores and reads {@link OrderBookDepth} series. */
public interface DepthRepository extends SeriesRepository<OrderBookDepth> {}
