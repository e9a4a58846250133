package com.mdm.domain.port.out;

import com.mdm.domain.market.MarkPrice;

/** Stores and reads {@link MarkPrice} series. */
public interface MarkPriceRepository extends SeriesRepository<MarkPrice> {}
