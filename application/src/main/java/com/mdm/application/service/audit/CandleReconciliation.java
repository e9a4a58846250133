package com.mdm.application.service.audit;

import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.Candle;
import com.mdm.domain.market.RecordOrigin;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.CandleFigures;
import com.mdm.domain.metadata.CertificateState;
import com.mdm.domain.metadata.CompletenessCertificate;
import com.mdm.domain.metadata.ReconciliationFinding;
import com.mdm.domain.metadata.ReconciliationSource;
import com.mdm.domain.port.out.CertificateRepository;
import com.mdm.domain.port.out.ExchangeException;
import com.mdm.domain.port.out.ExchangeHistoryClient;
import com.mdm.domain.port.out.HistoryCursor;
import com.mdm.domain.port.out.ReconciliationLog;
import com.mdm.domain.port.out.SeriesStore;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Reconciles an hour of stored closed one-minute candles with a second source: candles rebuilt from
 * the stored aggregate trades of each minute whose trades are certified complete, and, when asked,
 * the Binance REST klines. Each disagreement is a finding; an hour certified complete that agreed
 * with at least one comparison and disagreed with none is raised to {@code reconciled}. When asked
 * to correct, a stored candle that disagrees with its REST kline is replaced by it (origin {@code
 * correction}), its finding says {@code corrected}, and the hour is certified anew: the data
 * changed, so its hash and version do.
 */
public final class CandleReconciliation {

  private static final System.Logger LOG = System.getLogger(CandleReconciliation.class.getName());
  private static final Duration MINUTE = Duration.ofMinutes(1);

  private final SeriesStore series;
  private final CertificateRepository certificates;
  private final ReconciliationLog findings;
  private final ExchangeHistoryClient exchange;
  private final int pageSize;
  private final HourCertificates correctAndRecertify;

  /**
   * {@code exchange} may be null: then only the trades are compared. {@code correctAndRecertify}
   * null leaves stored candles as they are; otherwise those disagreeing with REST are corrected and
   * their hour recertified through it.
   */
  public CandleReconciliation(
      SeriesStore series,
      CertificateRepository certificates,
      ReconciliationLog findings,
      ExchangeHistoryClient exchange,
      int pageSize,
      HourCertificates correctAndRecertify) {
    this.series = Objects.requireNonNull(series, "series must not be null");
    this.certificates = Objects.requireNonNull(certificates, "certificates must not be null");
    this.findings = Objects.requireNonNull(findings, "findings must not be null");
    this.exchange = exchange;
    this.pageSize = pageSize;
    this.correctAndRecertify = correctAndRecertify;
  }

  /** What reconciling one hour did. */
  public record Outcome(int withTrades, int withRest, int disagreements, boolean raised) {}

  /** Reconciles the hour of {@code symbol}'s 1m candles starting at {@code hourStart}. */
  public Outcome reconcile(Symbol symbol, Instant hourStart, boolean withRest, Instant now) {
    SeriesKey candlesKey = SeriesKey.candles(symbol, Timeframe.MINUTE_1);
    TimeRange hour = TimeRange.of(hourStart, hourStart.plus(Duration.ofHours(1)));
    List<Candle> candles =
        series
            .repository(SeriesType.CANDLES, Candle.class)
            .range(candlesKey, hour, 120, SortOrder.ASCENDING)
            .stream()
            .filter(Candle::closed)
            .toList();
    int disagreements = 0;
    int withTrades = 0;
    Map<Instant, List<AggregateTrade>> trades = tradesByMinute(symbol, hour);
    for (Candle candle : candles) {
      List<AggregateTrade> minute = trades.get(candle.openTime());
      if (minute == null) {
        continue;
      }
      withTrades++;
      CandleFigures rebuilt = CandleRebuild.of(minute, candle);
      ReconciliationFinding finding =
          finding(candlesKey, candle, ReconciliationSource.AGG_TRADES, rebuilt, now);
      if (finding != null) {
        findings.append(finding);
        disagreements++;
      }
    }
    int compared = 0;
    if (withRest && exchange != null) {
      Map<Instant, Candle> rest = restCandles(symbol, hour);
      List<ReconciliationFinding> againstRest = new ArrayList<>();
      List<Candle> corrections = new ArrayList<>();
      for (Candle candle : candles) {
        Candle remote = rest.get(candle.openTime());
        if (remote == null || !remote.closed()) {
          continue;
        }
        compared++;
        ReconciliationFinding finding =
            finding(
                candlesKey,
                candle,
                ReconciliationSource.BINANCE_REST,
                CandleFigures.of(remote),
                now);
        if (finding != null) {
          againstRest.add(finding);
          corrections.add(remote);
        }
      }
      boolean corrected =
          !corrections.isEmpty() && correct(candlesKey, hourStart, corrections, now);
      againstRest.forEach(finding -> findings.append(corrected ? finding.asCorrected() : finding));
      disagreements += againstRest.size();
    }
    boolean raised =
        disagreements == 0 && withTrades + compared > 0 && raise(candlesKey, hourStart, now);
    return new Outcome(withTrades, compared, disagreements, raised);
  }

  /**
   * Replaces the stored candles by {@code corrections} and certifies the hour anew; false, with the
   * candles as they were, when correcting is off or the store refused.
   */
  private boolean correct(SeriesKey key, Instant hourStart, List<Candle> corrections, Instant now) {
    if (correctAndRecertify == null) {
      return false;
    }
    try {
      long replaced =
          series
              .repository(SeriesType.CANDLES, Candle.class)
              .correct(
                  corrections,
                  Collections.nCopies(
                      corrections.size(),
                      RecordOrigin.correction(
                          ReconciliationSource.BINANCE_REST.name().toLowerCase(Locale.ROOT))))
              .join();
      LOG.log(
          Level.INFO,
          "corrected " + replaced + " candles of " + key.datasetId() + " from REST klines");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "correcting candles of " + key.datasetId() + ": " + e.getMessage());
      return false;
    }
    correctAndRecertify.recertify(key, hourStart, now);
    return true;
  }

  /** The finding of {@code stored} disagreeing with {@code other}; null when they agree. */
  private static ReconciliationFinding finding(
      SeriesKey key, Candle stored, ReconciliationSource source, CandleFigures other, Instant now) {
    CandleFigures mine = CandleFigures.of(stored);
    List<String> differing = mine.differences(other);
    if (differing.isEmpty()) {
      return null;
    }
    return new ReconciliationFinding(
        null,
        key.datasetId(),
        key.symbol(),
        stored.openTime(),
        ReconciliationSource.STORED_CANDLE,
        mine,
        source,
        other,
        differing,
        false,
        now);
  }

  private boolean raise(SeriesKey key, Instant hourStart, Instant now) {
    CompletenessCertificate latest = certificates.latest(key.datasetId(), hourStart).orElse(null);
    if (latest == null
        || !latest.state().complete()
        || latest.state() == CertificateState.CONFIRMED_EMPTY
        || latest.state() == CertificateState.RECONCILED) {
      return false;
    }
    certificates.append(latest.next(latest.version() + 1, CertificateState.RECONCILED, now));
    return true;
  }

  /**
   * The stored aggregate trades of the hour by minute, only for minutes whose trades the newest
   * certificate of the trades' hour shows complete: the whole hour when it is in a complete state,
   * the minutes no missing range touches when it is incomplete for known ranges, none otherwise.
   */
  private Map<Instant, List<AggregateTrade>> tradesByMinute(Symbol symbol, TimeRange hour) {
    SeriesKey key = SeriesKey.of(SeriesType.AGG_TRADES, symbol);
    CompletenessCertificate certificate =
        certificates.latest(key.datasetId(), hour.from()).orElse(null);
    Map<Instant, List<AggregateTrade>> byMinute = new TreeMap<>();
    if (certificate == null
        || (!certificate.state().complete() && certificate.missing().isEmpty())) {
      return byMinute;
    }
    HourRecords.walk(
        series.repository(SeriesType.AGG_TRADES, AggregateTrade.class),
        key,
        hour,
        pageSize,
        trade -> {
          Instant minute = Instant.ofEpochMilli(trade.tradeTime().toEpochMilli() / 60_000 * 60_000);
          byMinute.computeIfAbsent(minute, m -> new ArrayList<>()).add(trade);
        });
    if (!certificate.state().complete()) {
      byMinute
          .keySet()
          .removeIf(
              minute ->
                  certificate.missing().stream()
                      .anyMatch(range -> range.overlaps(minute, minute.plus(MINUTE))));
    }
    return byMinute;
  }

  /** The REST klines of the hour; none when the exchange cannot be read now (next time, then). */
  private Map<Instant, Candle> restCandles(Symbol symbol, TimeRange hour) {
    Map<Instant, Candle> byOpen = new TreeMap<>();
    HistoryCursor cursor = HistoryCursor.at(hour.from());
    try {
      while (cursor != null) {
        var page = exchange.candles(symbol, Timeframe.MINUTE_1, cursor, hour.to());
        page.records().forEach(candle -> byOpen.put(candle.openTime(), candle));
        cursor = page.next();
      }
    } catch (ExchangeException e) {
      LOG.log(Level.WARNING, "REST klines of " + symbol + " for " + hour + ": " + e.getMessage());
      return Map.of();
    }
    return byOpen;
  }
}
