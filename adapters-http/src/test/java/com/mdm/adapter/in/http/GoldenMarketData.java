package com.mdm.adapter.in.http;

import static com.mdm.adapter.in.http.GoldenRecords.BTC;
import static com.mdm.adapter.in.http.GoldenRecords.T0;

import com.mdm.domain.market.BookTicker;
import com.mdm.domain.market.DepthKind;
import com.mdm.domain.market.FundingRate;
import com.mdm.domain.market.MarkPrice;
import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.OrderBookDepth;
import com.mdm.domain.market.PriceLevel;
import com.mdm.domain.market.RecordOrigin;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Side;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.market.Trade;
import com.mdm.domain.port.in.CandleBar;
import com.mdm.domain.port.in.CandlePage;
import com.mdm.domain.port.in.CandleQuery;
import com.mdm.domain.port.in.NoDataStoredException;
import com.mdm.domain.port.in.QueryMarketDataUseCase;
import com.mdm.domain.port.in.SeriesPage;
import com.mdm.domain.port.in.SeriesQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Fixed pages of every routed series for the golden answers: without a cursor a full page and
 * {@link #CURSOR}, with any cursor the empty last page; only {@link GoldenRecords#BTC} has data.
 */
final class GoldenMarketData implements QueryMarketDataUseCase {

  static final String CURSOR = "eyJ0IjoxNzE0NTIxNjE3MDAwLCJpZCI6Mn0";

  // whole seconds, milliseconds and microseconds, to pin how each time is printed
  private static final Instant T1 = T0.plusSeconds(16);
  private static final Instant T2 = T0.plusMillis(17_322);
  private static final Instant T3 = T0.plusNanos(18_322_100_000L);
  private static final BigDecimal ONE = new BigDecimal("1E+0");

  @Override
  public SeriesPage<MarketEvent> series(SeriesQuery query) {
    known(query.key().symbol());
    if (query.cursor() != null) {
      return new SeriesPage<>(List.of(), null);
    }
    List<MarketEvent> records = new ArrayList<>(records(query.key().type()));
    if (query.order() == SortOrder.DESCENDING) {
      records = records.reversed();
    }
    return new SeriesPage<>(records, CURSOR);
  }

  /** Live, backfill and import origins in turn; the fourth record has none. */
  @Override
  public List<RecordOrigin> origins(SeriesKey key, List<? extends MarketEvent> records) {
    List<RecordOrigin> kinds =
        java.util.Arrays.asList(
            RecordOrigin.live("binance.futures.websocket.data", 1041),
            RecordOrigin.backfill("3f2a9c"),
            RecordOrigin.imported("capture-2024-05-01.jsonl.gz", 17),
            null);
    List<RecordOrigin> out = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      out.add(kinds.get(i % kinds.size()));
    }
    return out;
  }

  /** 1m is stored; 1h is rolled up from it; 1d has nothing stored to come from. */
  @Override
  public CandlePage candles(CandleQuery query) {
    known(query.symbol());
    return switch (query.timeframe()) {
      case MINUTE_1 ->
          new CandlePage(
              List.of(
                  new CandleBar(MarketSamples.candle(BTC, Timeframe.MINUTE_1, T0, 3, true), false),
                  new CandleBar(
                      MarketSamples.candle(BTC, Timeframe.MINUTE_1, T0.plusSeconds(60), 4, false),
                      true)),
              false,
              Timeframe.MINUTE_1,
              query.cursor() == null ? CURSOR : null);
      case HOUR_1 ->
          new CandlePage(
              List.of(
                  new CandleBar(MarketSamples.candle(BTC, Timeframe.HOUR_1, T0, 9, true), true)),
              true,
              Timeframe.MINUTE_1,
              null);
      default -> new CandlePage(List.of(), false, null, null);
    };
  }

  private static void known(Symbol symbol) {
    if (!symbol.equals(BTC)) {
      throw new NoDataStoredException(symbol);
    }
  }

  private static List<MarketEvent> records(SeriesType type) {
    return switch (type) {
      case TRADES ->
          List.of(
              MarketSamples.trade(BTC, 1, T1),
              new Trade(
                  BTC,
                  2,
                  new BigDecimal("6.5E+4"),
                  new BigDecimal("0.00000001"),
                  false,
                  "LIQUIDATION",
                  T2,
                  T3,
                  T3));
      case AGG_TRADES -> List.of(MarketSamples.aggTrade(BTC, 7, T2));
      case DEPTH ->
          List.of(
              MarketSamples.depth(BTC, 100, T1),
              new OrderBookDepth(
                  BTC,
                  DepthKind.DIFF,
                  101,
                  104,
                  null,
                  List.of(
                      new PriceLevel(new BigDecimal("64990.00"), new BigDecimal("0")),
                      new PriceLevel(new BigDecimal("64989.90"), new BigDecimal("2.000"))),
                  List.of(),
                  null,
                  T2,
                  T3));
      case MARK_PRICES ->
          List.of(
              MarketSamples.markPrice(BTC, T1),
              new MarkPrice(
                  BTC, new BigDecimal("64990.5"), null, null, BigDecimal.ZERO, null, T2, T2));
      case FUNDING_RATES ->
          List.of(
              MarketSamples.funding(BTC, T0.plusSeconds(28_800)),
              new FundingRate(BTC, T3, new BigDecimal("-0.00002500"), null, T3, T3));
      case TICKERS ->
          List.of(MarketSamples.ticker(BTC, T1, false), MarketSamples.ticker(BTC, T2, true));
      case BOOK_TICKERS ->
          List.of(
              MarketSamples.bookTicker(BTC, 555, T3),
              new BookTicker(BTC, 556, ONE, ONE, ONE, BigDecimal.ZERO, null, T3, T3));
      case LIQUIDATIONS ->
          List.of(
              MarketSamples.liquidation(BTC, Side.SELL, T1),
              MarketSamples.liquidation(BTC, Side.BUY, T2));
      case CANDLES, MARK_PRICE_CANDLES ->
          throw new IllegalArgumentException("not a series route: " + type);
    };
  }
}
