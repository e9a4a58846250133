package com.mdm.domain.port.out;

import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.Candle;
import com.mdm.domain.market.FundingRate;
import com.mdm.domain.market.MarkPriceCandle;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.BackfillDataType;
import java.time.Instant;

/**
 * Reads market-data history from the exchange one page at a time, as the same domain records the
 * live path stores. Each method returns the records of {@code [cursor, end)} that fit in one page,
 * ascending, and the cursor of the next page.
 *
 * <p>Implementations respect the exchange's rate limits by waiting; they throw {@link
 * ExchangeException} when a request is rejected or cannot be served within their retry bounds, and
 * {@link java.util.concurrent.CancellationException} (with the interrupt flag set) when the calling
 * thread is interrupted while waiting.
 */
public interface ExchangeHistoryClient {

  /** Names the source in lineage records, e.g. {@code binance-rest}. */
  String source();

  /** The remote endpoint a data type is read from, e.g. {@code /fapi/v1/klines}. */
  String endpoint(BackfillDataType dataType);

  /** Klines opening in {@code [from.time, end)}. */
  HistoryPage<Candle> candles(Symbol symbol, Timeframe timeframe, HistoryCursor from, Instant end);

  /** Mark-price klines opening in {@code [from.time, end)}. */
  HistoryPage<MarkPriceCandle> markPriceCandles(
      Symbol symbol, Timeframe timeframe, HistoryCursor from, Instant end);

  /** Settled funding rates with a funding time in {@code [from.time, end)}. */
  HistoryPage<FundingRate> fundingRates(Symbol symbol, HistoryCursor from, Instant end);

  /**
   * Aggregate trades from id {@code from.fromId}, or, while that is null, from the first trade at
   * or after {@code from.time}; trades at or after {@code end} end the range.
   */
  HistoryPage<AggregateTrade> aggregateTrades(Symbol symbol, HistoryCursor from, Instant end);
}
