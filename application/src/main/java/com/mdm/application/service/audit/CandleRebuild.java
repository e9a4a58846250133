package com.mdm.application.service.audit;

import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.Candle;
import com.mdm.domain.metadata.CandleFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A one-minute candle rebuilt from the aggregate trades of its minute, in id order: open and close
 * the first and last price, high and low the extremes, volume the summed quantity, quote volume the
 * summed price × quantity, and the trade count the summed {@code l − f + 1}. Volumes are compared
 * at the stored candle's precision, so they are rounded (half even) to its scale where finer.
 */
final class CandleRebuild {

  private CandleRebuild() {}

  /** The figures of {@code trades} (not empty), at the precision of {@code stored}. */
  static CandleFigures of(List<AggregateTrade> trades, Candle stored) {
    BigDecimal high = trades.getFirst().price();
    BigDecimal low = high;
    BigDecimal volume = BigDecimal.ZERO;
    BigDecimal quote = BigDecimal.ZERO;
    long count = 0;
    for (AggregateTrade trade : trades) {
      high = high.max(trade.price());
      low = low.min(trade.price());
      volume = volume.add(trade.quantity());
      quote = quote.add(trade.price().multiply(trade.quantity()));
      count += trade.lastTradeId() - trade.firstTradeId() + 1;
    }
    return new CandleFigures(
        trades.getFirst().price(),
        high,
        low,
        trades.getLast().price(),
        atScaleOf(volume, stored.volume()),
        atScaleOf(quote, stored.quoteVolume()),
        count);
  }

  private static BigDecimal atScaleOf(BigDecimal value, BigDecimal stored) {
    return value.scale() > stored.scale()
        ? value.setScale(Math.max(stored.scale(), 0), RoundingMode.HALF_EVEN)
        : value;
  }
}
