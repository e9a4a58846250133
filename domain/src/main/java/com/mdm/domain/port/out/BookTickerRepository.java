package com.mdm.domain.port.out;

import com.mdm.domain.market.BookTicker;

/** Stores and reads {@link BookTicker} series. */
public interface BookTickerRepository extends SeriesRepository<BookTicker> {}
