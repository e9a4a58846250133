package com.mdm.application.service.audit;

import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.MarkPrice;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Compares a mark price with the last aggregate trade before it, once per hour of the series so a
 * day costs 24 look-ups. A mark price without a trade in the minute before it is not checked.
 */
final class MarkPriceCheck {

  static final Duration EVERY = Duration.ofHours(1);
  static final Duration TRADE_LOOKBACK = Duration.ofMinutes(1);

  private final ScanContext context;
  private final SeriesKey trades;
  private Instant next;

  MarkPriceCheck(ScanContext context) {
    this.context = context;
    this.trades = SeriesKey.of(SeriesType.AGG_TRADES, context.key().symbol());
  }

  void sample(MarkPrice mark) {
    Instant time = mark.eventTime();
    if (next != null && time.isBefore(next)) {
      return;
    }
    next = time.plus(EVERY);
    List<AggregateTrade> last =
        context
            .series()
            .repository(SeriesType.AGG_TRADES, AggregateTrade.class)
            .range(
                trades,
                TimeRange.of(time.minus(TRADE_LOOKBACK), time.plusMillis(1)),
                1,
                SortOrder.DESCENDING);
    if (last.isEmpty()) {
      return;
    }
    context
        .tally()
        .check(
            ValidityRules.markNearTrade(
                mark.markPrice(),
                last.getFirst().price(),
                context.settings().markPriceMaxDeviation()));
  }
}
