package com.mdm.domain.port.out;

import com.mdm.domain.market.FundingRate;

/** Stores and reads {@link FundingRate} series. */
public interface FundingRateRepository extends SeriesRepository<FundingRate> {}
