package com.mdm.application.service.audit;

import com.mdm.domain.market.BookTicker;
import com.mdm.domain.market.Candle;
import com.mdm.domain.market.OrderBookDepth;
import com.mdm.domain.market.PriceLevel;
import com.mdm.domain.market.Ticker;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/** The value checks behind the validity score, one per kind of record that can fail one. */
final class ValidityRules {

  private ValidityRules() {}

  /** Open and close lie within [low, high] and the volumes are not negative. */
  static boolean valid(Candle candle) {
    return candle.ohlc().isConsistent()
        && candle.volume().signum() >= 0
        && candle.quoteVolume().signum() >= 0;
  }

  static boolean valid(Ticker ticker) {
    return within(ticker.open(), ticker.low(), ticker.high())
        && within(ticker.close(), ticker.low(), ticker.high())
        && ticker.volume().signum() >= 0;
  }

  /** The best bid is below the best ask. */
  static boolean valid(BookTicker ticker) {
    return ticker.isUncrossed();
  }

  /** A snapshot of the top levels is not crossed: its best bid lies below its best ask. */
  static boolean valid(OrderBookDepth snapshot) {
    BigDecimal bestBid = best(snapshot.bids(), true);
    BigDecimal bestAsk = best(snapshot.asks(), false);
    return bestBid == null || bestAsk == null || bestBid.compareTo(bestAsk) < 0;
  }

  /** The mark price lies within {@code maxDeviation} (relative) of the last trade price. */
  static boolean markNearTrade(BigDecimal mark, BigDecimal lastTrade, BigDecimal maxDeviation) {
    BigDecimal deviation = mark.subtract(lastTrade).abs().divide(lastTrade, MathContext.DECIMAL64);
    return deviation.compareTo(maxDeviation) <= 0;
  }

  private static boolean within(BigDecimal value, BigDecimal low, BigDecimal high) {
    return low.compareTo(value) <= 0 && value.compareTo(high) <= 0;
  }

  private static BigDecimal best(List<PriceLevel> levels, boolean highest) {
    BigDecimal best = null;
    for (PriceLevel level : levels) {
      if (level.quantity().signum() == 0) {
        continue;
      }
      if (best == null || (highest == level.price().compareTo(best) > 0)) {
        best = level.price();
      }
    }
    return best;
  }
}
