package com.mdm.application.service.audit;

import static com.mdm.application.service.audit.Records.BTC;
import static com.mdm.application.service.audit.Records.minute;
import static com.mdm.application.service.audit.Records.minutes;
import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.Candle;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.metadata.GapStatus;
import com.mdm.domain.metadata.Severity;
import com.mdm.testsupport.fake.InMemorySeriesStore;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeftBehindGapsTest {

  private static final SeriesKey ONE_MINUTE = SeriesKey.candles(BTC, Timeframe.MINUTE_1);
  private static final String DATASET = ONE_MINUTE.datasetId();

  private final InMemorySeriesStore store = new InMemorySeriesStore();
  private final MemoryMetadata metadata = new MemoryMetadata();
  private final AuditSettings settings = TestSettings.settings();
  private final GapRecorder recorder =
      new GapRecorder(metadata.gapRepository, metadata.auditLogRepository, settings);
  private final LeftBehindGaps leftBehind =
      new LeftBehindGaps(new GapReaudit(settings, new SeriesAuditor(store, settings), recorder), 2);

  @Test
  void givenMoreLeftBehindGapsThanOneCycleChecks_whenCyclesRun_thenEachGetsItsTurn() {
    List<Candle> candles = minutes(0, 120);
    candles.removeIf(c -> c.openTime().equals(minute(10)) || c.openTime().equals(minute(20)));
    store.add(candles);
    // newest first in the repository's order: the two real holes come before the phantom
    DataGap real1 = open("real-1", 10, 50);
    DataGap real2 = open("real-2", 20, 40);
    DataGap phantom = open("phantom", 30, 30);

    int first = leftBehind.recheck(DATASET, recorder.openGaps(DATASET), minute(60), minute(120));

    assertThat(first).isZero();
    assertThat(metadata.gap(phantom.gapId()).status()).isEqualTo(GapStatus.OPEN);

    int second = leftBehind.recheck(DATASET, recorder.openGaps(DATASET), minute(60), minute(121));

    assertThat(second).isEqualTo(1);
    assertThat(metadata.gap(phantom.gapId()).status()).isEqualTo(GapStatus.RESOLVED);
    assertThat(metadata.gaps(GapStatus.OPEN))
        .extracting(DataGap::gapId)
        .containsExactlyInAnyOrder(real1.gapId(), real2.gapId());
  }

  @Test
  void givenAnOpenGapStillInsideTheWindow_whenRechecked_thenItIsLeftToTheScan() {
    store.add(minutes(0, 120));
    DataGap inside = open("inside", 70, 80);

    int resolved = leftBehind.recheck(DATASET, recorder.openGaps(DATASET), minute(60), minute(120));

    assertThat(resolved).isZero();
    assertThat(metadata.gap(inside.gapId()).status()).isEqualTo(GapStatus.OPEN);
  }

  /** An open one-candle gap at {@code minuteOpen}, detected at {@code detectedMinute}. */
  private DataGap open(String id, int minuteOpen, int detectedMinute) {
    DataGap gap =
        Gaps.open(
            id,
            ONE_MINUTE,
            minute(minuteOpen),
            minute(minuteOpen + 1),
            1,
            Severity.LOW,
            minute(detectedMinute));
    metadata.gapRepository.upsert(gap);
    return gap;
  }
}
