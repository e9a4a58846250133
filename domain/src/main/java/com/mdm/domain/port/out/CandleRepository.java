package com.mdm.domain.port.out;

import com.mdm.domain.market.Candle;

/** Stores and reads {@link Candle} series. */
public interface CandleRepository extends SeriesRepository<Candle> {}
