package com.mdm.application.service.audit;

import static com.mdm.application.service.audit.Records.BTC;
import static com.mdm.application.service.audit.Records.minute;
import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.CertificateState;
import com.mdm.domain.metadata.CompletenessCertificate;
import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.metadata.GapFate;
import com.mdm.domain.metadata.MissingRange;
import com.mdm.domain.metadata.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Planted cases for every state an hour's certificate can be decided to. */
class CertificateStatesTest {

  private static final SeriesKey CANDLES = SeriesKey.candles(BTC, Timeframe.MINUTE_1);
  private static final MissingRange TWO_MINUTES = MissingRange.ofTimes(minute(10), minute(12), 2);

  private static DataGap gap(GapFate fate) {
    DataGap open = Gaps.open("g", CANDLES, minute(10), minute(12), 2, Severity.LOW, minute(13));
    return fate == GapFate.OPEN ? open : open.withFate(fate, minute(30));
  }

  private static CompletenessCertificate previous(CertificateState state) {
    return new CompletenessCertificate(
        CANDLES.datasetId(), minute(0), 1, 60L, 58, List.of(), "0".repeat(64), state, minute(61));
  }

  @Test
  void givenNothingMissingAndNoGap_whenDecided_thenComplete() {
    assertThat(CertificateStates.decide(List.of(), 60, List.of(), null))
        .isEqualTo(CertificateState.COMPLETE);
  }

  @Test
  void givenMissingRecords_whenDecided_thenIncomplete() {
    assertThat(CertificateStates.decide(List.of(TWO_MINUTES), 58, List.of(gap(GapFate.OPEN)), null))
        .isEqualTo(CertificateState.INCOMPLETE);
  }

  @Test
  void givenNothingMissingButAnOpenGap_whenDecided_thenIncomplete() {
    assertThat(CertificateStates.decide(List.of(), 10, List.of(gap(GapFate.OPEN)), null))
        .isEqualTo(CertificateState.INCOMPLETE);
  }

  @Test
  void givenNothingMissingButAnUnrecoverableGap_whenDecided_thenIncomplete() {
    DataGap lost = gap(GapFate.unrecoverable(null, "the REST API keeps no history of depth"));
    assertThat(CertificateStates.decide(List.of(), 10, List.of(lost), null))
        .isEqualTo(CertificateState.INCOMPLETE);
  }

  @Test
  void givenTheMissingRecordsInAGapConfirmedEmpty_whenDecided_thenConfirmedEmpty() {
    DataGap empty = gap(GapFate.confirmedEmpty("job-1", 0));
    assertThat(CertificateStates.decide(List.of(TWO_MINUTES), 58, List.of(empty), null))
        .isEqualTo(CertificateState.CONFIRMED_EMPTY);
  }

  @Test
  void givenMissingRecordsOutsideTheConfirmedGap_whenDecided_thenIncomplete() {
    DataGap empty = gap(GapFate.confirmedEmpty("job-1", 0));
    MissingRange elsewhere = MissingRange.ofTimes(minute(40), minute(41), 1);
    assertThat(CertificateStates.decide(List.of(TWO_MINUTES, elsewhere), 57, List.of(empty), null))
        .isEqualTo(CertificateState.INCOMPLETE);
  }

  @Test
  void givenAnHourWithoutRecordsInAConfirmedGapAndNoExpectation_whenDecided_thenConfirmedEmpty() {
    DataGap empty = gap(GapFate.confirmedEmpty("job-1", 0));
    assertThat(CertificateStates.decide(List.of(), 0, List.of(empty), null))
        .isEqualTo(CertificateState.CONFIRMED_EMPTY);
  }

  @Test
  void givenAGapOfTheHourBackfilled_whenDecided_thenRepaired() {
    assertThat(
            CertificateStates.decide(
                List.of(), 60, List.of(gap(GapFate.backfilled("job-1", 2))), null))
        .isEqualTo(CertificateState.REPAIRED);
  }

  @Test
  void givenAnIncompleteEarlierVersionAndNothingMissingNow_whenDecided_thenRepaired() {
    assertThat(
            CertificateStates.decide(
                List.of(), 60, List.of(), previous(CertificateState.INCOMPLETE)))
        .isEqualTo(CertificateState.REPAIRED);
  }

  @Test
  void givenAReconciledEarlierVersion_whenDecidedAgain_thenItIsNeverReconciledHere() {
    assertThat(
            CertificateStates.decide(
                List.of(), 60, List.of(), previous(CertificateState.RECONCILED)))
        .isEqualTo(CertificateState.COMPLETE);
  }
}
