package com.mdm.application.service.marketdata;

import com.mdm.domain.market.Candle;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.port.in.CandleBar;
import com.mdm.domain.port.in.CandlePage;
import com.mdm.domain.port.out.SeriesRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Pages through candles of a timeframe that is not stored, rolling each up from the stored candles
 * of a finer one. A page holds whole candles only: it reads the finer series in chunks, closes a
 * candle when the next one begins, and ends at a candle boundary once it holds {@code limit}
 * candles or has read its budget of finer candles. Periods without any finer candle are left out.
 */
final class DerivedCandlePager {

  private static final int CHUNK = 5_000;

  private final SeriesRepository<Candle> candles;
  private final Symbol symbol;
  private final Timeframe target;
  private final Timeframe source;
  private final int budget;

  DerivedCandlePager(
      SeriesRepository<Candle> candles,
      Symbol symbol,
      Timeframe target,
      Timeframe source,
      int budget) {
    this.candles = candles;
    this.symbol = symbol;
    this.target = target;
    this.source = source;
    this.budget = budget;
  }

  /**
   * Candles of {@code target} opening in {@code range}, after the candle opening at {@code after}
   * (in the page's order) when it is not null.
   */
  CandlePage page(TimeRange range, int limit, SortOrder order, Instant after, Instant now) {
    boolean ascending = order == SortOrder.ASCENDING;
    Instant from = CandleBuckets.alignUp(target, range.from());
    Instant to = CandleBuckets.alignUp(target, range.to());
    if (after != null) {
      if (ascending) {
        from = target.nextOpen(after);
      } else {
        to = after;
      }
    }
    List<CandleBar> out = new ArrayList<>();
    List<Candle> bucket = new ArrayList<>();
    Instant bucketOpen = null;
    long read = 0;
    boolean more = false;
    SeriesKey sourceKey = SeriesKey.candles(symbol, source);
    reading:
    while (from.isBefore(to)) {
      List<Candle> chunk = candles.range(sourceKey, TimeRange.of(from, to), CHUNK, order);
      for (Candle candle : chunk) {
        Instant open = CandleBuckets.bucketOpen(target, candle.openTime());
        if (bucketOpen != null && !open.equals(bucketOpen)) {
          out.add(CandleRollup.rollUp(target, source, bucketOpen, bucket, now));
          bucket.clear();
          if (out.size() >= limit || read >= budget) {
            more = true;
            break reading;
          }
        }
        bucketOpen = open;
        bucket.add(candle);
        read++;
      }
      if (chunk.size() < CHUNK) {
        break;
      }
      Instant last = chunk.getLast().openTime();
      if (ascending) {
        from = last.plusMillis(1);
      } else {
        to = last;
      }
    }
    if (!more && !bucket.isEmpty()) {
      out.add(CandleRollup.rollUp(target, source, bucketOpen, bucket, now));
    }
    String next =
        more
            ? new PageCursor(
                    SeriesKey.candles(symbol, target).datasetId(),
                    order,
                    out.getLast().candle().openTime(),
                    "")
                .encode()
            : null;
    return new CandlePage(out, true, source, next);
  }
}
