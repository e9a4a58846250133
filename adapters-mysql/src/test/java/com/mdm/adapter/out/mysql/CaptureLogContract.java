package com.mdm.adapter.out.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.metadata.CaptureMinute;
import com.mdm.domain.port.out.CaptureLog;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What every {@link CaptureLog} must do. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CaptureLogContract {

  private static final String SUBJECT = "binance.futures.websocket.data";
  private static final String OTHER = "binance.spot.websocket.data";
  private static final String CANDLES = "candles_BTCUSDT_1m";
  private static final Instant T0 = Instant.parse("2024-03-10T02:00:00Z");

  private MetadataTestDatabase database;
  private CaptureLog log;

  protected abstract MetadataTestDatabase openDatabase();

  @BeforeAll
  void open() {
    database = openDatabase();
    log = new JdbiCaptureLog(database.jdbi());
  }

  @AfterAll
  void close() {
    database.close();
  }

  @BeforeEach
  void empty() {
    database.deleteAll("capture_minutes");
    database.deleteAll("capture_subjects");
  }

  private static Instant minute(int n) {
    return T0.plusSeconds(60L * n);
  }

  @Test
  void givenCountsAddedTwice_whenRead_thenTheyAreSummedPerSubjectAndMinute() {
    log.link(CANDLES, SUBJECT, T0);
    log.add(List.of(new CaptureMinute(SUBJECT, minute(0), 10, 0)));
    log.add(
        List.of(
            new CaptureMinute(SUBJECT, minute(0), 5, 2),
            new CaptureMinute(SUBJECT, minute(2), 1, 0)));

    assertThat(log.minutes(CANDLES, minute(0), minute(3)))
        .containsExactly(
            new CaptureMinute(SUBJECT, minute(0), 15, 2),
            new CaptureMinute(SUBJECT, minute(2), 1, 0));
  }

  @Test
  void givenTwoSubjects_whenReadForADataset_thenOnlyItsSubjectsInTheRangeCount() {
    log.link(CANDLES, SUBJECT, T0);
    log.link(CANDLES, SUBJECT, T0.plusSeconds(5));
    log.add(
        List.of(
            new CaptureMinute(SUBJECT, minute(1), 3, 0),
            new CaptureMinute(SUBJECT, minute(4), 3, 0),
            new CaptureMinute(OTHER, minute(1), 7, 0)));

    assertThat(log.minutes(CANDLES, minute(1), minute(4)))
        .containsExactly(new CaptureMinute(SUBJECT, minute(1), 3, 0));
    assertThat(log.minutes("agg_trades_BTCUSDT", minute(0), minute(9))).isEmpty();
  }
}
