package com.mdm.application.service.audit;

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
import com.mdm.domain.port.out.SeriesStore;
import java.util.List;

/** Every series repository in memory. */
final class MemoryStore {

  final MemorySeries<Trade> trades = new MemorySeries<>();
  final MemorySeries<AggregateTrade> aggTrades = new MemorySeries<>();
  final MemorySeries<Candle> candles = new MemorySeries<>();
  final MemorySeries<OrderBookDepth> depth = new MemorySeries<>();
  final MemorySeries<MarkPrice> marks = new MemorySeries<>();
  final MemorySeries<FundingRate> funding = new MemorySeries<>();
  final MemorySeries<Ticker> tickers = new MemorySeries<>();
  final MemorySeries<BookTicker> bookTickers = new MemorySeries<>();
  final MemorySeries<Liquidation> liquidations = new MemorySeries<>();
  final MemorySeries<MarkPriceCandle> markPriceCandles = new MemorySeries<>();

  SeriesStore repositories() {
    return type ->
        switch (type) {
          case TRADES -> trades;
          case AGG_TRADES -> aggTrades;
          case CANDLES -> candles;
          case DEPTH -> depth;
          case MARK_PRICES -> marks;
          case FUNDING_RATES -> funding;
          case TICKERS -> tickers;
          case BOOK_TICKERS -> bookTickers;
          case LIQUIDATIONS -> liquidations;
          case MARK_PRICE_CANDLES -> markPriceCandles;
        };
  }

  /** Stores each record in the repository of its type. */
  MemoryStore add(List<? extends MarketEvent> events) {
    for (MarketEvent event : events) {
      add(event, event.seriesKey().type().recordType());
    }
    return this;
  }

  private <T extends MarketEvent> void add(MarketEvent event, Class<T> recordType) {
    repositories()
        .repository(event.seriesKey().type(), recordType)
        .saveAll(List.of(recordType.cast(event)));
  }
}
