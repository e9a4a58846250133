package com.mdm.application.service.audit;

import static com.mdm.application.service.audit.Records.BTC;
import static com.mdm.application.service.audit.Records.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.CertificateState;
import com.mdm.domain.metadata.CompletenessCertificate;
import com.mdm.domain.metadata.MissingRange;
import com.mdm.domain.port.in.CoverageHole;
import com.mdm.domain.port.in.CoverageHole.Reason;
import com.mdm.domain.port.in.InvalidRequestException;
import com.mdm.domain.port.in.RangeCoverage;
import com.mdm.testsupport.fake.InMemoryCertificateRepository;
import com.mdm.testsupport.fake.InMemoryReconciliationLog;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a served range's coverage says, hour by hour, from the certificates. */
class QueryCoverageServiceTest {

  private static final SeriesKey CANDLES = SeriesKey.candles(BTC, Timeframe.MINUTE_1);

  private final InMemoryCertificateRepository certificates = new InMemoryCertificateRepository();
  private final QueryCoverageService coverage =
      new QueryCoverageService(certificates, new InMemoryReconciliationLog());

  private static Instant hour(int h) {
    return T0.plus(Duration.ofHours(h));
  }

  private void certify(int h, CertificateState state, List<MissingRange> missing) {
    certificates.append(
        new CompletenessCertificate(
            CANDLES.datasetId(),
            hour(h),
            1,
            60L,
            60 - missing.size(),
            missing,
            "b".repeat(64),
            state,
            hour(h + 2)));
  }

  @Test
  void givenHoursInEveryState_whenARangeIsAsked_thenOnlyTheIncompleteAndUncertifiedAreMissing() {
    MissingRange gap = MissingRange.ofTimes(hour(1).plusSeconds(600), hour(1).plusSeconds(660), 1);
    certify(0, CertificateState.RECONCILED, List.of());
    certify(1, CertificateState.INCOMPLETE, List.of(gap));
    certify(2, CertificateState.CONFIRMED_EMPTY, List.of());
    certify(3, CertificateState.INCOMPLETE, List.of());
    certify(4, CertificateState.REPAIRED, List.of());

    RangeCoverage range = coverage.range(CANDLES, hour(0).plusSeconds(1800), hour(7));

    assertThat(range.complete()).isFalse();
    assertThat(range.missing())
        .containsExactly(
            new CoverageHole(gap.start(), gap.end(), 1L, Reason.MISSING),
            new CoverageHole(hour(3), hour(4), null, Reason.INCOMPLETE),
            new CoverageHole(hour(5), hour(7), null, Reason.UNCERTIFIED));
  }

  @Test
  void givenEveryHourComplete_whenARangeIsAsked_thenItIsComplete() {
    certify(0, CertificateState.COMPLETE, List.of());
    certify(1, CertificateState.REPAIRED, List.of());

    assertThat(coverage.range(CANDLES, hour(0), hour(2))).isEqualTo(RangeCoverage.empty());
  }

  @Test
  void givenARangeLongerThanTenYears_whenAsked_thenItIsUncertifiedWithoutReadingEveryHour() {
    RangeCoverage range = coverage.range(CANDLES, Instant.EPOCH, hour(0));

    assertThat(range.complete()).isFalse();
    assertThat(range.missing())
        .extracting(CoverageHole::reason)
        .containsExactly(Reason.UNCERTIFIED);
  }

  @Test
  void givenAReportLongerThan93Days_whenAsked_thenItIsRefusedNamingEnd() {
    assertThatThrownBy(() -> coverage.coverage(CANDLES.datasetId(), hour(0), hour(24 * 94)))
        .isInstanceOf(InvalidRequestException.class)
        .satisfies(e -> assertThat(((InvalidRequestException) e).parameter()).isEqualTo("end"));
  }
}
