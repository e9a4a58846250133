package com.mdm.application.service.audit;

import static com.mdm.application.service.audit.Records.BTC;
import static com.mdm.application.service.audit.Records.minute;
import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.CaptureMinute;
import com.mdm.domain.metadata.GapCause;
import com.mdm.domain.metadata.GapKind;
import com.mdm.domain.metadata.GapPosition;
import com.mdm.testsupport.fake.InMemoryCaptureLog;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GapCausesTest {

  private static final SeriesKey CANDLES = SeriesKey.candles(BTC, Timeframe.MINUTE_1);
  private static final String SUBJECT = "binance.futures.websocket.data";

  private final InMemoryCaptureLog log = new InMemoryCaptureLog();
  private final GapCauses causes = new GapCauses(log);

  private void heard(int fromMinute, int toMinute, long deadLettered) {
    log.link(CANDLES.datasetId(), SUBJECT, minute(fromMinute));
    for (int m = fromMinute; m < toMinute; m++) {
      log.add(List.of(new CaptureMinute(SUBJECT, minute(m), 100, deadLettered)));
    }
  }

  private static DetectedGap gap(GapPosition position, Instant start, Instant end) {
    return new DetectedGap(GapKind.CANDLE_GRID, position, start, end, 1, 1, null, null, "x");
  }

  @Test
  void givenAGapBeforeTheFirstStoredRecord_whenClassified_thenItWasNotCollected() {
    assertThat(causes.of(CANDLES, gap(GapPosition.LEADING, minute(0), minute(5))))
        .isEqualTo(GapCause.NOT_COLLECTED);
    assertThat(causes.of(CANDLES, gap(GapPosition.WHOLE_WINDOW, minute(0), minute(60))))
        .isEqualTo(GapCause.NOT_COLLECTED);
  }

  @Test
  void givenAWholeMinuteInWhichNothingArrived_whenClassified_thenItIsACaptureOutage() {
    heard(0, 20, 0);
    heard(23, 30, 0);

    assertThat(causes.of(CANDLES, gap(GapPosition.INTERIOR, minute(20), minute(23))))
        .isEqualTo(GapCause.CAPTURE_OUTAGE);
  }

  @Test
  void givenMessagesKeptArriving_whenClassified_thenTheSeriesLostRecordsOfTheStream() {
    heard(0, 30, 0);

    assertThat(causes.of(CANDLES, gap(GapPosition.INTERIOR, minute(20), minute(23))))
        .isEqualTo(GapCause.STREAM_LOSS);
    assertThat(
            causes.of(
                CANDLES,
                gap(GapPosition.INTERIOR, minute(20).plusSeconds(5), minute(20).plusSeconds(9))))
        .isEqualTo(GapCause.STREAM_LOSS);
  }

  @Test
  void givenDeadLettersWhileTheGapWasDue_whenClassified_thenItWasDeadLettered() {
    heard(0, 30, 0);
    log.add(List.of(new CaptureMinute(SUBJECT, minute(21), 0, 3)));

    assertThat(causes.of(CANDLES, gap(GapPosition.INTERIOR, minute(20), minute(23))))
        .isEqualTo(GapCause.DEAD_LETTERED);
  }

  @Test
  void givenNoReceiptLog_whenClassified_thenOnlyHistoryIsKnown() {
    GapCauses blind = new GapCauses(null);

    assertThat(blind.of(CANDLES, gap(GapPosition.INTERIOR, minute(20), minute(23))))
        .isEqualTo(GapCause.UNKNOWN);
    assertThat(blind.of(CANDLES, gap(GapPosition.LEADING, minute(0), minute(3))))
        .isEqualTo(GapCause.NOT_COLLECTED);
  }
}
