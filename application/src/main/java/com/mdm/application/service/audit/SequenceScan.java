package com.mdm.application.service.audit;

import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.DepthKind;
import com.mdm.domain.market.OrderBookDepth;
import com.mdm.domain.market.Trade;
import com.mdm.domain.metadata.GapKind;
import com.mdm.domain.port.out.SeriesRepository;
import java.util.List;

/** Scans sequenced series (aggregate trades, trades, diff depth) for breaks in their ids. */
final class SequenceScan {

  /** How far back to look for the last diff event before the window among partial snapshots. */
  private static final int DEPTH_LOOKBACK = 50;

  private SequenceScan() {}

  static void aggregateTrades(ScanContext context) {
    SeriesRepository<AggregateTrade> trades = context.repository(AggregateTrade.class);
    AggregateTrade previous = context.lastBefore(trades, context.window().from());
    SequenceGapDetector detector =
        detector(
            context, GapKind.TRADE_IDS, true, previous == null ? null : SequenceStep.of(previous));
    SeriesWalk<AggregateTrade> cursor = context.cursor(trades, context.window());
    while (cursor.hasNext()) {
      detector.accept(SequenceStep.of(cursor.next()));
    }
  }

  static void trades(ScanContext context) {
    SeriesRepository<Trade> trades = context.repository(Trade.class);
    Trade previous = context.lastBefore(trades, context.window().from());
    SequenceGapDetector detector =
        detector(
            context, GapKind.TRADE_IDS, true, previous == null ? null : SequenceStep.of(previous));
    SeriesWalk<Trade> cursor = context.cursor(trades, context.window());
    while (cursor.hasNext()) {
      detector.accept(SequenceStep.of(cursor.next()));
    }
  }

  /**
   * Diff events are checked for continuity; partial snapshots (which share the collection) count as
   * present and are checked for a crossed book.
   */
  static void depth(ScanContext context) {
    SeriesRepository<OrderBookDepth> depth = context.repository(OrderBookDepth.class);
    SequenceStep previous = null;
    List<OrderBookDepth> before = context.before(depth, context.window().from(), DEPTH_LOOKBACK);
    for (OrderBookDepth event : before) {
      if (event.kind() == DepthKind.DIFF && SequenceStep.of(event) != null) {
        previous = SequenceStep.of(event);
        break;
      }
    }
    SequenceGapDetector detector = detector(context, GapKind.DEPTH_SEQUENCE, false, previous);
    SeriesWalk<OrderBookDepth> cursor = context.cursor(depth, context.window());
    while (cursor.hasNext()) {
      OrderBookDepth event = cursor.next();
      SequenceStep step = event.kind() == DepthKind.DIFF ? SequenceStep.of(event) : null;
      if (step != null) {
        detector.accept(step);
      } else {
        context.tally().present++;
        if (event.kind() == DepthKind.PARTIAL) {
          context.tally().check(ValidityRules.valid(event));
        }
      }
    }
  }

  private static SequenceGapDetector detector(
      ScanContext context, GapKind kind, boolean countsIds, SequenceStep previous) {
    return new SequenceGapDetector(
        kind, countsIds, context.window(), previous, context.gaps(), context.tally());
  }
}
