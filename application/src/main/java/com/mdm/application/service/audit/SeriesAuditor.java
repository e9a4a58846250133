package com.mdm.application.service.audit;

import com.mdm.domain.market.BookTicker;
import com.mdm.domain.market.Candle;
import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.Ticker;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.port.out.SeriesRepository;
import com.mdm.domain.port.out.SeriesStore;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Scans one stored series over a window and reports its gaps, counts and invalid records, reading
 * through the repository ports one page at a time. Holds no state between calls.
 */
public final class SeriesAuditor {

  private final SeriesStore series;
  private final AuditSettings settings;

  public SeriesAuditor(SeriesStore series, AuditSettings settings) {
    this.series = Objects.requireNonNull(series, "series must not be null");
    this.settings = Objects.requireNonNull(settings, "settings must not be null");
  }

  /**
   * Audits {@code key} over {@code window}; {@code now} is when, for freshness. Both are taken in
   * whole milliseconds, the precision of series times.
   */
  public SeriesAudit audit(SeriesKey key, TimeRange window, Instant now) {
    Objects.requireNonNull(key, "key must not be null");
    TimeRange scanned = Millis.floor(Objects.requireNonNull(window, "window must not be null"));
    Instant auditedAt = Millis.floor(Objects.requireNonNull(now, "now must not be null"));
    GapCollector gaps = new GapCollector(settings.gapTolerance());
    ScanTally tally = new ScanTally();
    ScanContext context = new ScanContext(series, settings, key, scanned, gaps, tally);
    List<? extends MarketEvent> newest = series.repository(key.type()).latest(key, 1);
    MarketEvent latest = newest.isEmpty() ? null : newest.getFirst();
    boolean measured = true;
    switch (key.type()) {
      case CANDLES -> CandleScan.run(context, (Candle) latest);
      case AGG_TRADES -> SequenceScan.aggregateTrades(context);
      case TRADES -> SequenceScan.trades(context);
      case DEPTH -> SequenceScan.depth(context);
      case MARK_PRICES -> CadenceScan.markPrices(context);
      case FUNDING_RATES -> CadenceScan.fundingRates(context);
      case TICKERS -> {
        measured = false;
        scanValues(context, context.repository(Ticker.class), ValidityRules::valid);
      }
      case BOOK_TICKERS -> {
        measured = false;
        scanValues(context, context.repository(BookTicker.class), ValidityRules::valid);
      }
      default -> {
        // liquidations, and any series with neither an expected rate nor a validity rule
        measured = false;
        scanValues(context, context.repository(key.type().recordType()), null);
      }
    }
    Instant latestTime = latest == null ? null : latest.eventTime();
    return SeriesAudit.of(key, scanned, auditedAt, gaps, tally, latestTime, measured);
  }

  /** The gaps {@link #audit} finds, without the counts. */
  public List<DetectedGap> gaps(SeriesKey key, TimeRange window) {
    return audit(key, window, window.to()).gaps();
  }

  /**
   * Series without an expected rate: every record counts as present and is checked by {@code rule}
   * (null: nothing to check).
   */
  private static <T extends MarketEvent> void scanValues(
      ScanContext context, SeriesRepository<T> repository, Predicate<T> rule) {
    SeriesWalk<T> cursor = context.cursor(repository, context.window());
    while (cursor.hasNext()) {
      T record = cursor.next();
      context.tally().present++;
      if (rule != null) {
        context.tally().check(rule.test(record));
      }
    }
  }
}
