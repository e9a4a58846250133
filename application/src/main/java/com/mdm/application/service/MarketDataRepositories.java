package com.mdm.application.service;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.port.out.AggregateTradeRepository;
import com.mdm.domain.port.out.BookTickerRepository;
import com.mdm.domain.port.out.CandleRepository;
import com.mdm.domain.port.out.DepthRepository;
import com.mdm.domain.port.out.FundingRateRepository;
import com.mdm.domain.port.out.LiquidationRepository;
import com.mdm.domain.port.out.MarkPriceCandleRepository;
import com.mdm.domain.port.out.MarkPriceRepository;
import com.mdm.domain.port.out.SeriesRepository;
import com.mdm.domain.port.out.TickerRepository;
import com.mdm.domain.port.out.TradeRepository;
import java.util.Objects;

/** The repository of every series type, looked up by type. */
public record MarketDataRepositories(
    TradeRepository trades,
    AggregateTradeRepository aggregateTrades,
    CandleRepository candles,
    DepthRepository depth,
    MarkPriceRepository markPrices,
    FundingRateRepository fundingRates,
    TickerRepository tickers,
    BookTickerRepository bookTickers,
    LiquidationRepository liquidations,
    MarkPriceCandleRepository markPriceCandles) {

  public MarketDataRepositories {
    Objects.requireNonNull(trades, "trades");
    Objects.requireNonNull(aggregateTrades, "aggregateTrades");
    Objects.requireNonNull(candles, "candles");
    Objects.requireNonNull(depth, "depth");
    Objects.requireNonNull(markPrices, "markPrices");
    Objects.requireNonNull(fundingRates, "fundingRates");
    Objects.requireNonNull(tickers, "tickers");
    Objects.requireNonNull(bookTickers, "bookTickers");
    Objects.requireNonNull(liquidations, "liquidations");
    Objects.requireNonNull(markPriceCandles, "markPriceCandles");
  }

  /** The repository storing series of {@code type}. */
  public SeriesRepository<? extends MarketEvent> forType(SeriesType type) {
    return switch (type) {
      case TRADES -> trades;
      case AGG_TRADES -> aggregateTrades;
      case CANDLES -> candles;
      case DEPTH -> depth;
      case MARK_PRICES -> markPrices;
      case FUNDING_RATES -> fundingRates;
      case TICKERS -> tickers;
      case BOOK_TICKERS -> bookTickers;
      case LIQUIDATIONS -> liquidations;
      case MARK_PRICE_CANDLES -> markPriceCandles;
    };
  }
}
