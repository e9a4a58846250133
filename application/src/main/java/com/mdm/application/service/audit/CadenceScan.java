package com.mdm.application.service.audit;

import com.mdm.domain.market.FundingRate;
import com.mdm.domain.market.MarkPrice;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.port.out.SeriesRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Scans series with a fixed cadence: mark prices and funding rates. */
final class CadenceScan {

  /** Records read before the mark price stream speed is judged. */
  private static final int SPEED_SAMPLE = 200;

  /** Funding times up to this far after the window are read (the announced next funding time). */
  private static final Duration FUNDING_LOOKAHEAD = Duration.ofDays(1);

  private CadenceScan() {}

  static void markPrices(ScanContext context) {
    SeriesRepository<MarkPrice> marks = context.repository(MarkPrice.class);
    MarkPrice previous = context.lastBefore(marks, context.window().from());
    SeriesWalk<MarkPrice> cursor = context.cursor(marks, context.window());
    List<MarkPrice> head = new ArrayList<>();
    while (head.size() < SPEED_SAMPLE && cursor.hasNext()) {
      head.add(cursor.next());
    }
    List<Instant> times = new ArrayList<>();
    if (previous != null) {
      times.add(previous.eventTime());
    }
    head.forEach(mark -> times.add(mark.eventTime()));
    Duration speed = Cadences.markPrice(times, context.settings().markPriceInterval());
    CadenceGapDetector detector =
        new CadenceGapDetector(
            speed,
            context.settings().gapTolerance(),
            context.window(),
            previous == null ? null : previous.eventTime(),
            context.gaps(),
            context.tally());
    MarkPriceCheck check = new MarkPriceCheck(context);
    for (MarkPrice mark : head) {
      detector.accept(mark.eventTime());
      check.sample(mark);
    }
    while (cursor.hasNext()) {
      MarkPrice mark = cursor.next();
      detector.accept(mark.eventTime());
      check.sample(mark);
    }
    detector.finish();
  }

  /**
   * Funding times are judged against the interval they show. The window is stretched by one
   * interval so that the announced next funding time, which lies ahead, belongs to it: the series
   * is behind only when its latest funding time is more than the tolerance in the past.
   */
  static void fundingRates(ScanContext context) {
    SeriesRepository<FundingRate> rates = context.repository(FundingRate.class);
    TimeRange window = context.window();
    FundingRate previous = context.lastBefore(rates, window.from());
    List<Instant> times = new ArrayList<>();
    if (previous != null) {
      times.add(previous.fundingTime());
    }
    SeriesWalk<FundingRate> cursor =
        context.cursor(rates, TimeRange.of(window.from(), window.to().plus(FUNDING_LOOKAHEAD)));
    cursor.forEachRemaining(rate -> times.add(rate.fundingTime()));
    Duration interval = Cadences.funding(times, context.settings().fundingInterval());
    CadenceGapDetector detector =
        new CadenceGapDetector(
            interval,
            context.settings().gapTolerance(),
            TimeRange.of(window.from(), window.to().plus(interval)),
            previous == null ? null : previous.fundingTime(),
            context.gaps(),
            context.tally());
    for (int i = previous == null ? 0 : 1; i < times.size(); i++) {
      detector.accept(times.get(i));
    }
    detector.finish();
  }
}
