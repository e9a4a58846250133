package com.mdm.application.service.audit;

import com.mdm.domain.market.Candle;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.port.out.SeriesRepository;
import java.time.Instant;

/** Scans a candle series for missing open times and inconsistent candles. */
final class CandleScan {

  private CandleScan() {}

  /**
   * @param latest the newest stored candle, whose open time aligns the grid; null if none
   */
  static void run(ScanContext context, Candle latest) {
    SeriesRepository<Candle> candles = context.repository(Candle.class);
    CandleGrid grid =
        CandleGrid.of(context.key().timeframe(), latest == null ? null : latest.openTime());
    Instant gridStart = grid.floor(context.window().from());
    Candle previous = context.lastBefore(candles, gridStart);
    CandleGapDetector detector =
        new CandleGapDetector(
            grid,
            context.window(),
            context.settings().gapTolerance(),
            previous == null ? null : previous.openTime(),
            context.gaps(),
            context.tally());
    SeriesWalk<Candle> cursor =
        context.cursor(candles, TimeRange.of(gridStart, context.window().to()));
    while (cursor.hasNext()) {
      Candle candle = cursor.next();
      detector.accept(candle.openTime());
      context.tally().check(ValidityRules.valid(candle));
    }
    detector.finish();
  }
}
