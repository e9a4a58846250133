package com.mdm.domain.port.out;

import com.mdm.domain.market.Liquidation;

/** Stores and reads {@link Liquidation} series. */
public interface LiquidationRepository extends SeriesRepository<Liquidation> {}
