package com.mdm.application.service.audit;

import static com.mdm.application.service.audit.Records.BTC;
import static com.mdm.application.service.audit.Records.agg;
import static com.mdm.application.service.audit.Records.minute;
import static com.mdm.application.service.audit.Records.minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mdm.domain.market.Candle;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.BackfillDataType;
import com.mdm.domain.metadata.BackfillJob;
import com.mdm.domain.metadata.BackfillStatus;
import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.metadata.GapEvent;
import com.mdm.domain.metadata.GapFate;
import com.mdm.domain.metadata.GapStatus;
import com.mdm.domain.metadata.Severity;
import com.mdm.testsupport.fake.InMemorySeriesStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReauditGapServiceTest {

  private final InMemorySeriesStore store = new InMemorySeriesStore();
  private final MemoryMetadata metadata = new MemoryMetadata();
  private final ReauditGapService service =
      new ReauditGapService(
          TestSettings.settings(),
          store,
          metadata.gapRepository,
          metadata.auditLogRepository,
          Clock.fixed(minute(90), ZoneOffset.UTC));

  private DataGap recorded(SeriesKey series, Instant start, Instant end, long missing) {
    DataGap gap = Gaps.open("gap-1", series, start, end, missing, Severity.LOW, minute(60));
    metadata.gapRepository.upsert(gap);
    return gap;
  }

  private void candlesWithout(int... missing) {
    List<Candle> candles = minutes(0, 60);
    for (int m : missing) {
      candles.removeIf(c -> c.openTime().equals(minute(m)));
    }
    store.add(candles);
  }

  @Test
  void givenARepairedCandleGap_whenReaudited_thenItIsResolvedAndLogged() {
    candlesWithout();
    recorded(SeriesKey.candles(BTC, Timeframe.MINUTE_1), minute(20), minute(23), 3);

    assertThat(service.reaudit("gap-1", true)).isEqualTo(GapStatus.RESOLVED);

    assertThat(metadata.gap("gap-1").status()).isEqualTo(GapStatus.RESOLVED);
    assertThat(metadata.gap("gap-1").updatedAt()).isEqualTo(minute(90));
    assertThat(metadata.log("gap_resolved")).hasSize(1);
  }

  @Test
  void givenACandleGapStillPartlyMissing_whenReaudited_thenItStaysOpenOrBecomesUnrecoverable() {
    candlesWithout(22);
    recorded(SeriesKey.candles(BTC, Timeframe.MINUTE_1), minute(20), minute(23), 3);

    assertThat(service.reaudit("gap-1", false)).isEqualTo(GapStatus.OPEN);
    assertThat(metadata.auditLog()).isEmpty();

    assertThat(service.reaudit("gap-1", true)).isEqualTo(GapStatus.UNRECOVERABLE);
    assertThat(metadata.gap("gap-1").status()).isEqualTo(GapStatus.UNRECOVERABLE);
    assertThat(metadata.log("gap_unrecoverable")).hasSize(1);
  }

  @Test
  void givenACompletedRepair_whenReaudited_thenTheFateIsBackfilledOrConfirmedEmpty() {
    candlesWithout(22);
    recorded(SeriesKey.candles(BTC, Timeframe.MINUTE_1), minute(20), minute(23), 3);
    BackfillJob job = job("job-1", BackfillStatus.COMPLETED, 2, null);

    assertThat(service.reaudit("gap-1", job, true)).isEqualTo(GapStatus.UNRECOVERABLE);
    assertThat(metadata.gap("gap-1").fate()).isEqualTo(GapFate.confirmedEmpty("job-1", 2));

    store.add(List.of(Records.candle(Timeframe.MINUTE_1, minute(22))));
    metadata.gapRepository.updateStatus("gap-1", GapStatus.OPEN, minute(91));
    assertThat(service.reaudit("gap-1", job, true)).isEqualTo(GapStatus.RESOLVED);
    assertThat(metadata.gap("gap-1").fate()).isEqualTo(GapFate.backfilled("job-1", 2));
  }

  @Test
  void givenFailedRepairs_whenReauditedAsFinal_thenTheGapIsUnrecoverableWithTheJobsError() {
    candlesWithout(22);
    recorded(SeriesKey.candles(BTC, Timeframe.MINUTE_1), minute(20), minute(23), 3);

    service.reaudit("gap-1", job("job-2", BackfillStatus.FAILED, 0, "HTTP 418"), true);

    GapFate fate = metadata.gap("gap-1").fate();
    assertThat(fate.kind()).isEqualTo(GapFate.Kind.UNRECOVERABLE);
    assertThat(fate.jobId()).isEqualTo("job-2");
    assertThat(fate.reason()).contains("HTTP 418");
  }

  @Test
  void givenLateDataWithoutARepair_whenReaudited_thenTheFateIsFilled() {
    candlesWithout();
    recorded(SeriesKey.candles(BTC, Timeframe.MINUTE_1), minute(20), minute(23), 3);

    service.reaudit("gap-1", false);

    assertThat(metadata.gap("gap-1").fate()).isEqualTo(GapFate.filled());
  }

  private static BackfillJob job(String id, BackfillStatus status, long inserted, String error) {
    return new BackfillJob(
        id,
        BTC,
        BackfillDataType.CANDLES,
        Timeframe.MINUTE_1,
        minute(20),
        minute(23),
        0,
        status,
        100,
        inserted,
        inserted,
        null,
        error,
        1,
        null,
        minute(80),
        minute(80),
        minute(85),
        minute(85));
  }

  @Test
  void givenMissingCandlesJustOutsideTheGap_whenReaudited_thenTheGapIsResolved() {
    candlesWithout(19, 23);
    recorded(SeriesKey.candles(BTC, Timeframe.MINUTE_1), minute(20), minute(23), 3);

    assertThat(service.reaudit("gap-1", true)).isEqualTo(GapStatus.RESOLVED);
  }

  @Test
  void givenAnAggregateTradeGap_whenTheIdsAreFilled_thenItIsResolvedButNotBefore() {
    SeriesKey key = SeriesKey.of(SeriesType.AGG_TRADES, BTC);
    store.add(List.of(agg(1, 1, 1, minute(1)), agg(2, 2, 2, minute(2)), agg(5, 5, 5, minute(5))));
    store.add(List.of(agg(6, 6, 6, minute(6)), agg(9, 9, 9, minute(7))));
    recorded(key, minute(2), minute(5), 2);

    assertThat(service.reaudit("gap-1", false)).isEqualTo(GapStatus.OPEN);

    store.add(List.of(agg(3, 3, 3, minute(3)), agg(4, 4, 4, minute(4))));
    assertThat(service.reaudit("gap-1", false)).isEqualTo(GapStatus.RESOLVED);
  }

  @Test
  void givenAnUnknownGap_whenReaudited_thenTheIdIsNamed() {
    assertThatThrownBy(() -> service.reaudit("nope", true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("gap 'nope' is unknown");
  }

  @Test
  void givenAResolvedGapThatIsMissingAgain_whenReaudited_thenItReopens() {
    candlesWithout(21);
    recorded(SeriesKey.candles(BTC, Timeframe.MINUTE_1), minute(20), minute(23), 3);
    metadata.gapRepository.updateStatus("gap-1", GapStatus.RESOLVED, minute(70));

    assertThat(service.reaudit("gap-1", false)).isEqualTo(GapStatus.OPEN);
    assertThat(metadata.log("gap"))
        .singleElement()
        .satisfies(e -> assertThat(e.details().type()).isEqualTo(GapEvent.Type.REOPENED));
  }
}
