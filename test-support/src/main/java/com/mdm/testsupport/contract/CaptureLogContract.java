package com.mdm.testsupport.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.metadata.CaptureMinute;
import com.mdm.domain.port.out.CaptureLog;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CaptureLog} must do: counts summed per subject and minute, read for the
 * subjects linked to a dataset, in time order, within a half-open range. One subclass per
 * implementation and database.
 */
public abstract class CaptureLogContract extends RepositoryContract<CaptureLog> {

  private static final String SUBJECT = "binance.futures.websocket.data";
  private static final String OTHER = "binance.spot.websocket.data";
  private static final String CANDLES = "candles_BTCUSDT_1m";
  private static final Instant T0 = Instant.parse("2024-03-10T02:00:00Z");

  private static Instant minute(int n) {
    return T0.plusSeconds(60L * n);
  }

  @Test
  void givenCountsAddedTwice_whenRead_thenTheyAreSummedPerSubjectAndMinute() {
    repository.link(CANDLES, SUBJECT, T0);
    repository.add(List.of(new CaptureMinute(SUBJECT, minute(0), 10, 0)));
    repository.add(
        List.of(
            new CaptureMinute(SUBJECT, minute(0), 5, 2),
            new CaptureMinute(SUBJECT, minute(2), 1, 0)));

    assertThat(repository.minutes(CANDLES, minute(0), minute(3)))
        .containsExactly(
            new CaptureMinute(SUBJECT, minute(0), 15, 2),
            new CaptureMinute(SUBJECT, minute(2), 1, 0));
  }

  @Test
  void givenTwoSubjects_whenReadForADataset_thenOnlyItsSubjectsInTheRangeCount() {
    repository.link(CANDLES, SUBJECT, T0);
    repository.link(CANDLES, SUBJECT, T0.plusSeconds(5));
    repository.add(
        List.of(
            new CaptureMinute(SUBJECT, minute(1), 3, 0),
            new CaptureMinute(SUBJECT, minute(4), 3, 0),
            new CaptureMinute(OTHER, minute(1), 7, 0)));

    assertThat(repository.minutes(CANDLES, minute(1), minute(4)))
        .containsExactly(new CaptureMinute(SUBJECT, minute(1), 3, 0));
    assertThat(repository.minutes("agg_trades_BTCUSDT", minute(0), minute(9))).isEmpty();
  }
}
