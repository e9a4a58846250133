package com.mdm.application.service.audit;

import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the auditor checks and how often.
 *
 * @param interval time between the starts of two audit cycles ({@code AUDIT_INTERVAL})
 * @param startupDelay time before the first cycle ({@code INITIAL_STARTUP_DELAY})
 * @param window how far back each cycle looks (24 hours)
 * @param gapTolerance lateness forgiven before a missing record counts, and the longest stretch of
 *     present data that still lets two gaps merge ({@code GAP_TOLERANCE_SECONDS})
 * @param severity duration thresholds of gap severities
 * @param freshnessSla age of the latest record at which the freshness score reaches 0
 * @param supportedPairs symbols audited whether or not the catalog lists them ({@code
 *     SUPPORTED_PAIRS})
 * @param timeframes candle timeframes audited for every supported pair
 * @param pairSeriesTypes series types audited for every supported pair; candles once per timeframe
 * @param concurrency how many series are audited at the same time
 * @param markPriceInterval mark price stream speed assumed when the data does not show it (1 s or 3
 *     s)
 * @param fundingInterval funding interval assumed when the data does not show it
 * @param markPriceMaxDeviation largest relative distance between a mark price and the last trade
 *     before it that still counts as valid, e.g. 0.01 for 1 %
 * @param pageSize records read per query while scanning a series
 */
public record AuditSettings(
    Duration interval,
    Duration startupDelay,
    Duration window,
    Duration gapTolerance,
    SeverityThresholds severity,
    Duration freshnessSla,
    List<Symbol> supportedPairs,
    List<Timeframe> timeframes,
    Set<SeriesType> pairSeriesTypes,
    int concurrency,
    Duration markPriceInterval,
    Duration fundingInterval,
    BigDecimal markPriceMaxDeviation,
    int pageSize) {

  public AuditSettings {
    positive(interval, "interval");
    notNegative(startupDelay, "startupDelay");
    positive(window, "window");
    notNegative(gapTolerance, "gapTolerance");
    Objects.requireNonNull(severity, "severity must not be null");
    positive(freshnessSla, "freshnessSla");
    supportedPairs = List.copyOf(Objects.requireNonNull(supportedPairs, "supportedPairs"));
    timeframes = List.copyOf(Objects.requireNonNull(timeframes, "timeframes"));
    Objects.requireNonNull(pairSeriesTypes, "pairSeriesTypes must not be null");
    pairSeriesTypes =
        pairSeriesTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(pairSeriesTypes));
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be >= 1 but was " + concurrency);
    }
    positive(markPriceInterval, "markPriceInterval");
    positive(fundingInterval, "fundingInterval");
    Objects.requireNonNull(markPriceMaxDeviation, "markPriceMaxDeviation must not be null");
    if (markPriceMaxDeviation.signum() <= 0) {
      throw new IllegalArgumentException(
          "markPriceMaxDeviation must be > 0 but was " + markPriceMaxDeviation.toPlainString());
    }
    if (pageSize < 2) {
      throw new IllegalArgumentException("pageSize must be >= 2 but was " + pageSize);
    }
  }

  /**
   * The original's defaults: every 300 s after 60 s, a 24 h window, 60 s tolerance, the eight
   * supported pairs and six timeframes; candles, aggregate trades, diff depth, mark prices and
   * funding rates audited per pair, four at a time.
   */
  public static AuditSettings defaults() {
    return new AuditSettings(
        Duration.ofSeconds(300),
        Duration.ofSeconds(60),
        Duration.ofHours(24),
        Duration.ofSeconds(60),
        SeverityThresholds.defaults(),
        Duration.ofSeconds(300),
        List.of(
                "BTCUSDT",
                "ETHUSDT",
                "BNBUSDT",
                "ADAUSDT",
                "SOLUSDT",
                "LINKUSDT",
                "LTCUSDT",
                "XRPUSDT")
            .stream()
            .map(Symbol::of)
            .toList(),
        List.of(
            Timeframe.MINUTE_1,
            Timeframe.MINUTE_5,
            Timeframe.MINUTE_15,
            Timeframe.HOUR_1,
            Timeframe.HOUR_4,
            Timeframe.DAY_1),
        EnumSet.of(
            SeriesType.CANDLES,
            SeriesType.AGG_TRADES,
            SeriesType.DEPTH,
            SeriesType.MARK_PRICES,
            SeriesType.FUNDING_RATES),
        4,
        Duration.ofSeconds(3),
        Duration.ofHours(8),
        new BigDecimal("0.01"),
        2000);
  }

  /** A copy auditing these pairs. */
  public AuditSettings withSupportedPairs(List<Symbol> pairs) {
    return new AuditSettings(
        interval,
        startupDelay,
        window,
        gapTolerance,
        severity,
        freshnessSla,
        pairs,
        timeframes,
        pairSeriesTypes,
        concurrency,
        markPriceInterval,
        fundingInterval,
        markPriceMaxDeviation,
        pageSize);
  }

  /** A copy auditing these types per pair, with these candle timeframes. */
  public AuditSettings withSeries(Set<SeriesType> types, List<Timeframe> candleTimeframes) {
    return new AuditSettings(
        interval,
        startupDelay,
        window,
        gapTolerance,
        severity,
        freshnessSla,
        supportedPairs,
        candleTimeframes,
        types,
        concurrency,
        markPriceInterval,
        fundingInterval,
        markPriceMaxDeviation,
        pageSize);
  }

  /** A copy with this schedule. */
  public AuditSettings withSchedule(Duration every, Duration delay) {
    return new AuditSettings(
        every,
        delay,
        window,
        gapTolerance,
        severity,
        freshnessSla,
        supportedPairs,
        timeframes,
        pairSeriesTypes,
        concurrency,
        markPriceInterval,
        fundingInterval,
        markPriceMaxDeviation,
        pageSize);
  }

  private static void positive(Duration value, String name) {
    Objects.requireNonNull(value, name + " must not be null");
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be > 0 but was " + value);
    }
  }

  private static void notNegative(Duration value, String name) {
    Objects.requireNonNull(value, name + " must not be null");
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " must be >= 0 but was " + value);
    }
  }
}
