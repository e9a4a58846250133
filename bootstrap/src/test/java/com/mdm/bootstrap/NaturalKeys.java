package com.mdm.bootstrap;

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
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The test oracle: what should be stored for a sequence of decoded events, written without looking
 * at the storage code. One record per natural key; for candles the closed one, else the latest; for
 * funding rates the latest announcement; for every other type the first.
 */
final class NaturalKeys {

  private NaturalKeys() {}

  static Object of(MarketEvent event) {
    return switch (event) {
      case Trade t -> List.of(t.seriesKey(), t.tradeId());
      case AggregateTrade a -> List.of(a.seriesKey(), a.aggregateTradeId());
      case Candle c -> List.of(c.seriesKey(), c.openTime());
      case MarkPriceCandle c -> List.of(c.seriesKey(), c.openTime());
      case OrderBookDepth d -> List.of(d.seriesKey(), d.kind(), d.finalUpdateId());
      case MarkPrice m -> List.of(m.seriesKey(), m.eventTime());
      case FundingRate f -> List.of(f.seriesKey(), f.fundingTime());
      case Ticker t -> List.of(t.seriesKey(), t.mini(), t.eventTime());
      case BookTicker b -> List.of(b.seriesKey(), b.updateId());
      case Liquidation l -> List.of(l.seriesKey(), l.tradeTime(), l.side());
    };
  }

  static Collection<MarketEvent> expectedStored(List<MarketEvent> decoded) {
    Map<Object, MarketEvent> winners = new LinkedHashMap<>();
    for (MarketEvent event : decoded) {
      winners.merge(of(event), event, NaturalKeys::winner);
    }
    return winners.values();
  }

  private static MarketEvent winner(MarketEvent stored, MarketEvent incoming) {
    if (stored instanceof Candle old && incoming instanceof Candle update) {
      if (old.closed()) {
        return old;
      }
      return update.closed() || update.eventTime().isAfter(old.eventTime()) ? update : old;
    }
    if (stored instanceof FundingRate old && incoming instanceof FundingRate update) {
      return update.eventTime().isAfter(old.eventTime()) ? update : old;
    }
    return stored;
  }
}
