package com.mdm.application.service.audit;

import com.mdm.domain.market.DepthKind;
import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.OrderBookDepth;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.metadata.CertificateState;
import com.mdm.domain.metadata.CompletenessCertificate;
import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.metadata.MissingRange;
import com.mdm.domain.port.out.CertificateRepository;
import com.mdm.domain.port.out.SeriesRepository;
import com.mdm.domain.port.out.SeriesStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Computes the certificate of one hour of one series from its stored records and the gaps recorded
 * in it, and keeps it as a new version when it says something the newest version does not.
 */
final class HourCertifier {

  /** How far back to look for the last diff update before an hour among partial snapshots. */
  private static final int DEPTH_LOOKBACK = 50;

  private final SeriesStore series;
  private final CertificateRepository certificates;
  private final int pageSize;

  HourCertifier(SeriesStore series, CertificateRepository certificates, int pageSize) {
    this.series = series;
    this.certificates = certificates;
    this.pageSize = pageSize;
  }

  /**
   * Certifies the hour starting at {@code hourStart}; {@code gaps} are the dataset's recorded gaps
   * (those overlapping the hour count). Returns the newest version after it.
   */
  CompletenessCertificate certify(
      SeriesKey key, Instant hourStart, List<DataGap> gaps, Instant now) {
    TimeRange hour = TimeRange.of(hourStart, hourStart.plus(Duration.ofHours(1)));
    String datasetId = key.datasetId();
    CompletenessCertificate latest = certificates.latest(datasetId, hourStart).orElse(null);
    Computed computed = compute(series.repository(key.type()), key, hour);
    List<DataGap> inHour =
        gaps.stream()
            .filter(gap -> gap.datasetId().equals(datasetId))
            .filter(gap -> overlaps(gap, hour))
            .toList();
    List<MissingRange> missing = computed.expectation().missing();
    CertificateState state = CertificateStates.decide(missing, computed.present(), inHour, latest);
    if (latest != null
        && latest.state() == CertificateState.RECONCILED
        && state.complete()
        && latest.sha256().equals(computed.sha256())) {
      state = CertificateState.RECONCILED;
    }
    CompletenessCertificate candidate =
        new CompletenessCertificate(
            datasetId,
            hourStart,
            latest == null ? 1 : latest.version() + 1,
            computed.expectation().expected(computed.present()),
            computed.present(),
            missing,
            computed.sha256(),
            state,
            now);
    if (candidate.sameFindings(latest)) {
      return latest;
    }
    certificates.append(candidate);
    return candidate;
  }

  private record Computed(long present, String sha256, HourExpectation expectation) {}

  private <T extends MarketEvent> Computed compute(
      SeriesRepository<T> repository, SeriesKey key, TimeRange hour) {
    HourExpectation expectation = expectation(repository, key, hour);
    HourDigest digest = new HourDigest();
    long[] present = {0};
    HourRecords.walk(
        repository,
        key,
        hour,
        pageSize,
        record -> {
          digest.accept(record);
          expectation.accept(record);
          present[0]++;
        });
    return new Computed(present[0], digest.hex(), expectation);
  }

  private <T extends MarketEvent> HourExpectation expectation(
      SeriesRepository<T> repository, SeriesKey key, TimeRange hour) {
    return switch (key.type()) {
      case CANDLES, MARK_PRICE_CANDLES -> new GridExpectation(key.timeframe(), hour);
      case AGG_TRADES, TRADES -> {
        List<T> before = before(repository, key, hour.from(), 1);
        yield new IdExpectation(before.isEmpty() ? null : before.getFirst());
      }
      case DEPTH -> {
        OrderBookDepth last = null;
        for (T event : before(repository, key, hour.from(), DEPTH_LOOKBACK)) {
          if (event instanceof OrderBookDepth depth && depth.kind() == DepthKind.DIFF) {
            last = depth;
            break;
          }
        }
        yield new ChainExpectation(last);
      }
      default -> HourExpectation.NONE;
    };
  }

  private static <T extends MarketEvent> List<T> before(
      SeriesRepository<T> repository, SeriesKey key, Instant time, int limit) {
    if (!time.isAfter(Instant.EPOCH)) {
      return List.of();
    }
    return repository.range(key, TimeRange.of(Instant.EPOCH, time), limit, SortOrder.DESCENDING);
  }

  static boolean overlaps(DataGap gap, TimeRange hour) {
    return gap.start().isBefore(hour.to())
        && (gap.end().isAfter(hour.from())
            || (gap.end().equals(gap.start()) && !gap.start().isBefore(hour.from())));
  }
}
