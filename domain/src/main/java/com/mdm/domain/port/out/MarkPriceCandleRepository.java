package com.mdm.domain.port.out;

import com.mdm.domain.market.MarkPriceCandle;

/** Stores and reads {@link MarkPriceCandle} series. */
public interface MarkPriceCandleRepository extends SeriesRepository<MarkPriceCandle> {}
