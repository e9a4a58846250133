package com.mdm.testsupport.contract;

import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.BookTicker;
import com.mdm.domain.market.Candle;
import com.mdm.domain.market.FundingRate;
import com.mdm.domain.market.Liquidation;
import com.mdm.domain.market.MarkPrice;
import com.mdm.domain.market.MarkPriceCandle;
import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.OrderBookDepth;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Ticker;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.market.Trade;
import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The records a {@link SeriesRepositoryContract} runs on for one series type: record {@code n} of a
 * symbol's series, and for updatable series the versions of one record, each to replace those
 * before it.
 *
 * @param timeframe the timeframe of the series, for the kline types; null otherwise
 * @param numbered record {@code n}: series time ascending with {@code n}, a natural id of its own
 * @param versions versions of one record in the order they arrive: for updatable series each must
 *     win over those before it; for insert-only series (see {@link #updatable()}) the same record
 *     received again later, which must never replace the first one stored
 * @param updatable whether a later version of a record replaces the stored one (candles, funding
 *     rates); otherwise the first record stored under a natural key is the one kept
 */
public record SeriesSample<T extends MarketEvent>(
    SeriesType type,
    Class<T> recordType,
    Timeframe timeframe,
    BiFunction<Symbol, Integer, T> numbered,
    Function<Symbol, List<T>> versions,
    boolean updatable) {

  public static final SeriesSample<Trade> TRADES =
      fixed(SeriesType.TRADES, Trade.class, SeriesSamples::trade);
  public static final SeriesSample<AggregateTrade> AGG_TRADES =
      fixed(SeriesType.AGG_TRADES, AggregateTrade.class, SeriesSamples::aggregateTrade);
  public static final SeriesSample<Candle> CANDLES =
      new SeriesSample<>(
          SeriesType.CANDLES,
          Candle.class,
          Timeframe.MINUTE_1,
          KlineSamples::candle,
          KlineSamples::candleVersions,
          true);
  public static final SeriesSample<OrderBookDepth> DEPTH =
      fixed(SeriesType.DEPTH, OrderBookDepth.class, SeriesSamples::depth);
  public static final SeriesSample<MarkPrice> MARK_PRICES =
      fixed(SeriesType.MARK_PRICES, MarkPrice.class, SeriesSamples::markPrice);
  public static final SeriesSample<FundingRate> FUNDING_RATES =
      new SeriesSample<>(
          SeriesType.FUNDING_RATES,
          FundingRate.class,
          null,
          SeriesSamples::fundingRate,
          SeriesSamples::fundingRateVersions,
          true);
  public static final SeriesSample<Ticker> TICKERS =
      fixed(SeriesType.TICKERS, Ticker.class, SeriesSamples::ticker);
  public static final SeriesSample<BookTicker> BOOK_TICKERS =
      fixed(SeriesType.BOOK_TICKERS, BookTicker.class, SeriesSamples::bookTicker);
  public static final SeriesSample<Liquidation> LIQUIDATIONS =
      fixed(SeriesType.LIQUIDATIONS, Liquidation.class, SeriesSamples::liquidation);
  public static final SeriesSample<MarkPriceCandle> MARK_PRICE_CANDLES =
      new SeriesSample<>(
          SeriesType.MARK_PRICE_CANDLES,
          MarkPriceCandle.class,
          Timeframe.HOUR_1,
          KlineSamples::markPriceCandle,
          KlineSamples::markPriceCandleVersions,
          true);

  /** One sample per series type. */
  public static List<SeriesSample<?>> all() {
    return List.of(
        TRADES,
        AGG_TRADES,
        CANDLES,
        DEPTH,
        MARK_PRICES,
        FUNDING_RATES,
        TICKERS,
        BOOK_TICKERS,
        LIQUIDATIONS,
        MARK_PRICE_CANDLES);
  }

  private static <T extends MarketEvent> SeriesSample<T> fixed(
      SeriesType type, Class<T> recordType, BiFunction<Symbol, Integer, T> numbered) {
    return new SeriesSample<>(
        type,
        recordType,
        null,
        numbered,
        symbol -> {
          T first = numbered.apply(symbol, REDELIVERED);
          return List.of(first, Redelivery.of(first, Duration.ofSeconds(1)));
        },
        false);
  }

  /** The record of an insert-only sample that {@link #versions()} has arrive twice. */
  private static final int REDELIVERED = 5;

  /** Of the versions of one record, the one a store must keep. */
  public T kept(List<T> versions) {
    return updatable ? versions.getLast() : versions.getFirst();
  }

  /** The series of {@code symbol} the records belong to. */
  public SeriesKey key(Symbol symbol) {
    return new SeriesKey(type, symbol, timeframe);
  }

  /** Record number {@code n} of the series of {@code symbol}. */
  public T record(Symbol symbol, int n) {
    return numbered.apply(symbol, n);
  }

  @Override
  public String toString() {
    return type.name();
  }
}
