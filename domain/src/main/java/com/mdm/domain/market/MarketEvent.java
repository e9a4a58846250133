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

  /**
   * The rest of the natural key beside the series time, as text that sorts like the key (ids
   * zero-padded), so records of one millisecond have an order; empty where the time alone is unique
   * in the series.
   */
  String keyWithinTime();

  /** {@code id} zero-padded to 20 digits, so that its text sorts like the number. */
  static String sortableId(long id) {
    return String.format("%020d", id);
  }
}
