package com.mdm.application.service.audit;

import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.CertificateState;
import com.mdm.domain.metadata.CompletenessCertificate;
import com.mdm.domain.port.out.CertificateRepository;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each cycle, reconciles the hours of a 1m candle series that are certified complete but not yet
 * reconciled: once per certificate version once something could be compared (an hour whose trades
 * are not certified yet is tried again next cycle), the sampled ones against REST too, at most
 * {@code restHoursPerCycle} of them per cycle.
 */
final class HourReconciliations {

  private final CandleReconciliation reconciliation;
  private final CertificateRepository certificates;
  private final ReconciliationSettings settings;
  private final Map<String, Integer> checked = new ConcurrentHashMap<>();

  HourReconciliations(
      CandleReconciliation reconciliation,
      CertificateRepository certificates,
      ReconciliationSettings settings) {
    this.reconciliation = reconciliation;
    this.certificates = certificates;
    this.settings = settings;
  }

  /** Returns how many hours were raised to {@code reconciled}. */
  int reconcile(SeriesKey key, TimeRange window, Instant now) {
    if (!settings.enabled()
        || key.type() != SeriesType.CANDLES
        || key.timeframe() != Timeframe.MINUTE_1) {
      return 0;
    }
    Instant from = window.from().truncatedTo(ChronoUnit.HOURS);
    List<CompletenessCertificate> hours = certificates.latest(key.datasetId(), from, window.to());
    int rest = 0;
    int raised = 0;
    for (CompletenessCertificate hour : hours) {
      CertificateState state = hour.state();
      if (!state.complete()
          || state == CertificateState.RECONCILED
          || state == CertificateState.CONFIRMED_EMPTY) {
        continue;
      }
      String slot = key.datasetId() + "@" + hour.hourStart().toEpochMilli();
      if (Integer.valueOf(hour.version()).equals(checked.get(slot))) {
        continue;
      }
      long millis = hour.hourStart().toEpochMilli();
      boolean withRest =
          rest < settings.restHoursPerCycle() && settings.sampled(key.datasetId(), millis);
      rest += withRest ? 1 : 0;
      CandleReconciliation.Outcome outcome =
          reconciliation.reconcile(key.symbol(), hour.hourStart(), withRest, now);
      if (outcome.raised()) {
        raised++;
        checked.put(slot, hour.version() + 1);
      } else if (outcome.withTrades() + outcome.withRest() > 0) {
        checked.put(slot, hour.version());
      }
    }
    String prefix = key.datasetId() + "@";
    checked
        .keySet()
        .removeIf(
            s ->
                s.startsWith(prefix)
                    && Long.parseLong(s.substring(prefix.length())) < from.toEpochMilli());
    return raised;
  }
}
