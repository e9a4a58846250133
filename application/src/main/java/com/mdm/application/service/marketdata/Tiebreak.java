package com.mdm.application.service.marketdata;

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
import java.util.Comparator;

/**
 * Orders records that share one series time by the rest of their natural key, as a string that
 * sorts like the key (ids zero-padded), so that a page can end, and the next begin, between two
 * records of the same millisecond.
 */
final class Tiebreak {

  private Tiebreak() {}

  /** The part of the natural key beside the series time; empty where the time alone is unique. */
  static String of(MarketEvent event) {
    return switch (event) {
      case Trade trade -> id(trade.tradeId());
      case AggregateTrade trade -> id(trade.aggregateTradeId());
      case Candle candle -> "";
      case MarkPriceCandle candle -> "";
      case OrderBookDepth depth -> depth.kind().name() + ":" + id(depth.finalUpdateId());
      case MarkPrice markPrice -> "";
      case FundingRate fundingRate -> "";
      case Ticker ticker -> ticker.mini() ? "mini" : "full";
      case BookTicker bookTicker -> id(bookTicker.updateId());
      case Liquidation liquidation -> liquidation.side().name();
    };
  }

  /** Series time, then tiebreak, both ascending. */
  static Comparator<MarketEvent> ascending() {
    return Comparator.comparing(MarketEvent::seriesTime).thenComparing(Tiebreak::of);
  }

  private static String id(long id) {
    return String.format("%020d", id);
  }
}
