package com.mdm.domain.market;

import java.time.Instant;

/** One decoded Binance market-data event, ready to be stored in its series. */
public sealed interface MarketEvent
    permits Trade,
        AggregateTrade,
        Candle,
        MarkPriceCandle,
        OrderBookDepth,
        MarkPrice,
        FundingRate,
        Ticker,
        BookTicker,
        Liquidation {

  Symbol symbol();

  /** When the exchange emitted the event ({@code E}); for sources without one, the data time. */
  Instant eventTime();

  /** When this service received the message. */
  Instant receivedAt();

  /** The series this event belongs to. */
  SeriesKey seriesKey();

  /** The time the series is ordered and queried by. */
  Instant seriesTime();
}
