package com.mdm.application.service.audit;

import static com.mdm.application.service.audit.Records.candle;
import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.HealthMetric;
import com.mdm.testsupport.MovableClock;
import com.mdm.testsupport.fake.InMemorySeriesStore;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The audit clock reads to the nanosecond while series times are whole milliseconds: a series
 * without a hole must show no gap whatever fraction of a millisecond the clock carries.
 */
class NanosecondClockAuditTest {

  private static final Duration WINDOW = Duration.ofHours(2);
  private static final Duration TOLERANCE = Duration.ofSeconds(60);

  /** The fraction of a millisecond the clock carried in the report. */
  private static final long NANOS = 680_034;

  /** A Monday and the first of a month: a slot of every timeframe. */
  private static final Instant SLOT = Instant.parse("2024-04-01T00:00:00Z");

  private final InMemorySeriesStore store = new InMemorySeriesStore();
  private final MemoryMetadata metadata = new MemoryMetadata();
  private final MovableClock clock = new MovableClock(SLOT);
  private AuditService service;

  @AfterEach
  void close() {
    if (service != null) {
      service.close();
    }
  }

  @ParameterizedTest
  @EnumSource(Timeframe.class)
  void givenCandlesWithoutAHole_whenAuditedAtNanosecondsAroundASlot_thenNoGapAndFullCompleteness(
      Timeframe timeframe) throws Exception {
    AuditSettings settings = TestSettings.settings(TOLERANCE, 1000, WINDOW);
    start(settings.withSeries(Set.of(SeriesType.CANDLES), List.of(timeframe)));
    List<Instant> opens = opensAround(timeframe);
    List<Instant> moments =
        List.of(
            SLOT.plus(TOLERANCE).minusNanos(1),
            SLOT.plus(TOLERANCE).plusNanos(NANOS),
            SLOT.plus(WINDOW).minusNanos(1),
            SLOT.plus(WINDOW).plusNanos(NANOS),
            SLOT.plus(WINDOW).plusNanos(999_999),
            SLOT.plus(WINDOW).plusSeconds(7).plusNanos(NANOS));
    for (Instant now : moments) {
      // ingest stores a candle from its first update on
      opens.removeIf(
          open -> {
            boolean opened = !open.isAfter(now);
            if (opened) {
              store.add(List.of(candle(timeframe, open)));
            }
            return opened;
          });
      clock.set(now);

      AuditReport report = service.runOnce();

      assertThat(report.audited()).isEqualTo(1);
      assertThat(metadata.gaps()).as("gaps of %s at %s", timeframe, now).isEmpty();
      HealthMetric health = metadata.healthMetrics().getLast();
      assertThat(health.completeness()).as("completeness at %s", now).isEqualTo(100.0);
      assertThat(health.windowEnd()).isEqualTo(Millis.floor(now));
    }
  }

  @Test
  void givenMarkPricesEverySecond_whenAuditedAtNanosecondsWithoutTolerance_thenNoGap()
      throws Exception {
    AuditSettings settings = TestSettings.settings(Duration.ZERO, 1000, WINDOW);
    start(settings.withSeries(Set.of(SeriesType.MARK_PRICES), List.of()));
    for (Instant second = SLOT; second.isBefore(SLOT.plus(WINDOW).plusSeconds(10)); ) {
      store.add(List.of(Records.mark(second)));
      second = second.plusSeconds(1);
    }

    for (Instant now :
        List.of(
            SLOT.plus(WINDOW).plusSeconds(1).plusNanos(NANOS),
            SLOT.plus(WINDOW).plusSeconds(2).plusNanos(999_999))) {
      clock.set(now);
      service.runOnce();

      assertThat(metadata.gaps()).as("gaps at %s", now).isEmpty();
      assertThat(metadata.healthMetrics().getLast().completeness()).isEqualTo(100.0);
    }
  }

  @Test
  void givenFundingEveryEightHours_whenTheWindowStartsANanosecondFractionAfterOne_thenNoGap()
      throws Exception {
    AuditSettings settings = TestSettings.settings(Duration.ZERO, 1000, WINDOW);
    start(settings.withSeries(Set.of(SeriesType.FUNDING_RATES), List.of()));
    Duration eight = Duration.ofHours(8);
    for (int k = -3; k <= 1; k++) {
      Instant fundingTime = SLOT.plus(eight.multipliedBy(k));
      store.add(List.of(Records.funding(fundingTime, fundingTime.minus(eight))));
    }

    clock.set(SLOT.plus(WINDOW).plusNanos(NANOS));
    service.runOnce();

    assertThat(metadata.gaps()).isEmpty();
    assertThat(metadata.healthMetrics().getLast().completeness()).isEqualTo(100.0);
  }

  private void start(AuditSettings settings) {
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
  }

  /** Open times from well before the window of the last moment audited to past its end. */
  private static List<Instant> opensAround(Timeframe timeframe) {
    Instant first = SLOT.atZone(ZoneOffset.UTC).minusMonths(3).toInstant();
    if (timeframe != Timeframe.MONTH_1) {
      long slots = 3 + WINDOW.dividedBy(timeframe.duration()) + 1;
      first = SLOT.minus(timeframe.duration().multipliedBy(slots));
    }
    Instant last = SLOT.plus(WINDOW).plus(WINDOW);
    List<Instant> opens = new ArrayList<>();
    for (Instant open = first; open.isBefore(last); open = timeframe.nextOpen(open)) {
      opens.add(open);
    }
    return opens;
  }
}
