package com.mdm.application.service.audit;

import com.mdm.application.service.MarketDataRepositories;
import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.BookTicker;
import com.mdm.domain.market.Candle;
import com.mdm.domain.market.FundingRate;
import com.mdm.domain.market.Liquidation;
import com.mdm.domain.market.MarkPrice;
import com.mdm.domain.market.MarkPriceCandle;
import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.OrderBookDepth;
import com.mdm.domain.market.Ticker;
import com.mdm.domain.market.Trade;
import com.mdm.domain.port.out.AggregateTradeRepository;
import com.mdm.domain.port.out.BookTickerRepository;
import com.mdm.domain.port.out.CandleRepository;
import com.mdm.domain.port.out.DepthRepository;
import com.mdm.domain.port.out.FundingRateRepository;
import com.mdm.domain.port.out.LiquidationRepository;
import com.mdm.domain.port.out.MarkPriceCandleRepository;
import com.mdm.domain.port.out.MarkPriceRepository;
import com.mdm.domain.port.out.TickerRepository;
import com.mdm.domain.port.out.TradeRepository;
import java.util.List;

/** Every series repository in memory. */
final class MemoryStore {

  static final class Trades extends MemorySeries<Trade> implements TradeRepository {}

  static final class AggTrades extends MemorySeries<AggregateTrade>
      implements AggregateTradeRepository {}

  static final class Candles extends MemorySeries<Candle> implements CandleRepository {}

  static final class Depth extends MemorySeries<OrderBookDepth> implements DepthRepository {}

  static final class Marks extends MemorySeries<MarkPrice> implements MarkPriceRepository {}

  static final class Funding extends MemorySeries<FundingRate> implements FundingRateRepository {}

  static final class Tickers extends MemorySeries<Ticker> implements TickerRepository {}

  static final class BookTickers extends MemorySeries<BookTicker> implements BookTickerRepository {}

  static final class Liquidations extends MemorySeries<Liquidation>
      implements LiquidationRepository {}

  static final class MarkPriceCandles extends MemorySeries<MarkPriceCandle>
      implements MarkPriceCandleRepository {}

  final Trades trades = new Trades();
  final AggTrades aggTrades = new AggTrades();
  final Candles candles = new Candles();
  final Depth depth = new Depth();
  final Marks marks = new Marks();
  final Funding funding = new Funding();
  final Tickers tickers = new Tickers();
  final BookTickers bookTickers = new BookTickers();
  final Liquidations liquidations = new Liquidations();
  final MarkPriceCandles markPriceCandles = new MarkPriceCandles();

  MarketDataRepositories repositories() {
    return new MarketDataRepositories(
        trades,
        aggTrades,
        candles,
        depth,
        marks,
        funding,
        tickers,
        bookTickers,
        liquidations,
        markPriceCandles);
  }

  /** Stores each record in the repository of its type. */
  @SuppressWarnings("unchecked")
  MemoryStore add(List<? extends MarketEvent> events) {
    for (MarketEvent event : events) {
      MemorySeries<MarketEvent> series =
          (MemorySeries<MarketEvent>)
              (MemorySeries<?>) repositories().forType(event.seriesKey().type());
      series.records.add(event);
    }
    return this;
  }
}
