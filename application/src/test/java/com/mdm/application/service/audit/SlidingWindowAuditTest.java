package com.mdm.application.service.audit;

import static com.mdm.application.service.audit.Records.candle;
import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.Candle;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.HealthMetric;
import com.mdm.testsupport.MovableClock;
import com.mdm.testsupport.fake.InMemorySeriesStore;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The scenario on a simulated clock: closed 1m candles for the last two hours, audited
 * every few seconds by a clock carrying nanoseconds, while the window's start crosses minute after
 * minute.
 */
class SlidingWindowAuditTest {

  private static final Duration WINDOW = Duration.ofHours(2);
  private static final Instant FIRST_OPEN = Instant.parse("2024-05-01T03:00:00Z");

  /** A few seconds plus a fraction of a millisecond, so each cycle's clock carries nanoseconds. */
  private static final Duration STEP = Duration.ofSeconds(4).plusNanos(680_034);

  private final InMemorySeriesStore store = new InMemorySeriesStore();
  private final MemoryMetadata metadata = new MemoryMetadata();
  private final MovableClock clock =
      new MovableClock(FIRST_OPEN.plus(WINDOW).plusSeconds(12).plusNanos(345_678));
  private AuditService service;
  private Instant nextOpen = FIRST_OPEN;

  @AfterEach
  void close() {
    if (service != null) {
      service.close();
    }
  }

  @Test
  void givenClosedMinuteCandlesWithoutAHole_whenAuditedEveryFewSecondsForMinutes_thenNeverAGap()
      throws Exception {
    AuditSettings settings =
        TestSettings.settings(Duration.ofSeconds(60), 1000, WINDOW)
            .withSeries(Set.of(SeriesType.CANDLES), List.of(Timeframe.MINUTE_1));
    service =
        new AuditService(
            settings,
            store,
            metadata.datasetRepository,
            metadata.gapRepository,
            metadata.auditLogRepository,
            metadata.healthMetricRepository,
            new SoloLeaderLease(Duration.ofSeconds(3)),
            new AuditServiceTest.RecordingMetrics(),
            clock);
    Instant firstWindowStart = clock.instant().minus(WINDOW);
    int cycles = 0;

    while (clock.instant().isBefore(firstWindowStart.plus(WINDOW).plus(Duration.ofMinutes(7)))) {
      publishClosedCandles();

      AuditReport report = service.runOnce();
      cycles++;

      Instant now = clock.instant();
      assertThat(report.audited()).isEqualTo(1);
      assertThat(report.gapsOpened()).as("gaps opened at %s", now).isZero();
      assertThat(metadata.gaps()).as("gaps at %s", now).isEmpty();
      HealthMetric health = metadata.healthMetrics().getLast();
      assertThat(health.completeness()).as("completeness at %s", now).isEqualTo(100.0);
      assertThat(health.gapsCount()).isZero();
      clock.advance(STEP);
    }

    Instant lastWindowStart = clock.instant().minus(STEP).minus(WINDOW);
    long minutesCrossed =
        ChronoUnit.MINUTES.between(
            firstWindowStart.truncatedTo(ChronoUnit.MINUTES),
            lastWindowStart.truncatedTo(ChronoUnit.MINUTES));
    assertThat(minutesCrossed).isGreaterThanOrEqualTo(5);
    assertThat(cycles).isGreaterThan(100);
    assertThat(metadata.auditLog()).isEmpty();
  }

  /** Stores every candle whose minute is over, as the stream publishes closed candles. */
  private void publishClosedCandles() {
    while (true) {
      Candle next = candle(Timeframe.MINUTE_1, nextOpen);
      if (!next.closeTime().isBefore(clock.instant())) {
        return;
      }
      store.add(List.of(next));
      nextOpen = nextOpen.plus(Duration.ofMinutes(1));
    }
  }
}
