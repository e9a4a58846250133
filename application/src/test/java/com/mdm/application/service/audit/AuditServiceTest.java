package com.mdm.application.service.audit;

import static com.mdm.application.service.audit.Records.BTC;
import static com.mdm.application.service.audit.Records.minute;
import static com.mdm.application.service.audit.Records.minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mdm.domain.market.Candle;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.AuditLogEntry;
import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.metadata.GapCause;
import com.mdm.domain.metadata.GapEvent;
import com.mdm.domain.metadata.GapFate;
import com.mdm.domain.metadata.GapKind;
import com.mdm.domain.metadata.GapStatus;
import com.mdm.domain.metadata.HealthMetric;
import com.mdm.domain.metadata.Severity;
import com.mdm.domain.port.out.AuditMetrics;
import com.mdm.domain.port.out.LeaderLease;
import com.mdm.testsupport.fake.InMemoryLeaseStore;
import com.mdm.testsupport.fake.InMemorySeriesStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuditServiceTest {

  private static final String DATASET = "candles_BTCUSDT_1m";

  private final InMemorySeriesStore store = new InMemorySeriesStore();
  private final MemoryMetadata metadata = new MemoryMetadata();
  private final RecordingMetrics metrics = new RecordingMetrics();
  private AuditService service;

  @AfterEach
  void close() {
    if (service != null) {
      service.close();
    }
  }

  private AuditService service(Instant now) {
    service =
        new AuditService(
            TestSettings.settings(),
            store,
            metadata.datasetRepository,
            metadata.gapRepository,
            metadata.auditLogRepository,
            metadata.healthMetricRepository,
            new SoloLeaderLease(Duration.ofSeconds(3)),
            metrics,
            Clock.fixed(now, ZoneOffset.UTC));
    return service;
  }

  private static List<Candle> hourWithout(int... missing) {
    List<Candle> candles = minutes(0, 60);
    for (int m : missing) {
      candles.removeIf(c -> c.openTime().equals(minute(m)));
    }
    return candles;
  }

  @Test
  void givenAGap_whenAudited_thenItIsStoredAndLoggedOnceWithMachineReadableDetails()
      throws Exception {
    store.add(hourWithout(20, 21));

    AuditReport report = service(minute(60)).runOnce();

    assertThat(report.audited()).isEqualTo(1);
    assertThat(report.gapsOpened()).isEqualTo(1);
    DataGap gap = metadata.gaps(GapStatus.OPEN).getFirst();
    assertThat(gap.series().datasetId()).isEqualTo(DATASET);
    assertThat(gap.start()).isEqualTo(minute(20));
    assertThat(gap.end()).isEqualTo(minute(22));
    assertThat(gap.expectedMissing()).isEqualTo(2);
    assertThat(gap.severity()).isEqualTo(Severity.LOW);
    assertThat(gap.gapId())
        .isEqualTo(GapIds.of(DATASET, GapKind.CANDLE_GRID, "from:" + minute(20)));
    AuditLogEntry entry = metadata.log("gap").getFirst();
    assertThat(entry.datasetId()).isEqualTo(DATASET);
    assertThat(entry.symbol()).isEqualTo(BTC);
    assertThat(entry.severity()).isEqualTo(Severity.LOW);
    assertThat(entry.details()).isEqualTo(GapEvent.of(GapEvent.Type.DETECTED, gap));
    assertThat(gap.details().kind()).isEqualTo(GapKind.CANDLE_GRID);
    assertThat(gap.details().start()).isEqualTo(minute(20));
    assertThat(gap.details().end()).isEqualTo(minute(22));
    assertThat(gap.details().expectedMissing()).isEqualTo(2);
    HealthMetric health = metadata.healthMetrics().getFirst();
    assertThat(health.datasetId()).isEqualTo(DATASET);
    assertThat(health.completeness()).isEqualTo(96.67);
    assertThat(health.gapsCount()).isEqualTo(1);
    assertThat(metrics.scores).containsEntry(DATASET, health.qualityScore());
  }

  @Test
  void givenASeriesCollectedOnlySinceMidWindow_whenAudited_thenItsHistoryIsNotCollectedAndNotALoss()
      throws Exception {
    store.add(minutes(30, 60));

    service(minute(60)).runOnce();

    DataGap gap = metadata.gaps(GapStatus.OPEN).getFirst();
    assertThat(gap.cause()).isEqualTo(GapCause.NOT_COLLECTED);
    assertThat(gap.end()).isEqualTo(minute(30));
    HealthMetric health = metadata.healthMetrics().getFirst();
    assertThat(health.completeness()).isEqualTo(100.0);
    assertThat(health.continuityScore()).isEqualTo(100.0);
    assertThat(health.gapsCount()).isZero();
  }

  @Test
  void givenADepthChainBreak_whenAudited_thenTheGapIsUnrecoverableAtOnceWithTheReason()
      throws Exception {
    store.add(
        List.of(
            Records.diff(1, 10, 0, minute(1)),
            Records.diff(11, 20, 10, minute(2)),
            Records.diff(31, 40, 30, minute(3)),
            Records.diff(41, 50, 40, minute(4))));

    AuditSettings settings = TestSettings.settings();
    SeriesKey depth = SeriesKey.of(SeriesType.DEPTH, BTC);
    SeriesAudit audit =
        new SeriesAuditor(store, settings)
            .audit(depth, TimeRange.of(minute(0), minute(60)), minute(60));
    new GapRecorder(metadata.gapRepository, metadata.auditLogRepository, settings).record(audit);

    DataGap gap =
        metadata.gaps(GapStatus.UNRECOVERABLE).stream()
            .filter(g -> g.series().type() == SeriesType.DEPTH)
            .findFirst()
            .orElseThrow();
    assertThat(gap.fate().kind()).isEqualTo(GapFate.Kind.UNRECOVERABLE);
    assertThat(gap.fate().reason()).contains("no history of depth");
    assertThat(metadata.log("gap_unrecoverable")).isNotEmpty();
  }

  @Test
  void givenTheSameGap_whenAuditedAgain_thenItIsNotLoggedTwiceButHealthIsStoredEachCycle()
      throws Exception {
    store.add(hourWithout(20, 21));
    service(minute(60)).runOnce();
    service.close();

    service(minute(60).plusSeconds(30)).runOnce();

    assertThat(metadata.log("gap")).hasSize(1);
    assertThat(metadata.gaps()).hasSize(1);
    assertThat(metadata.healthMetrics()).hasSize(2);
  }

  @Test
  void givenAGapThatWasFilled_whenAuditedAgain_thenItIsResolvedAndTheResolutionLogged()
      throws Exception {
    store.add(hourWithout(20, 21));
    service(minute(60)).runOnce();
    service.close();
    store.add(
        List.of(
            Records.candle(Timeframe.MINUTE_1, minute(20)),
            Records.candle(Timeframe.MINUTE_1, minute(21))));

    AuditReport report = service(minute(61)).runOnce();

    assertThat(report.gapsResolved()).isEqualTo(1);
    assertThat(metadata.gaps(GapStatus.RESOLVED)).hasSize(1);
    assertThat(metadata.log("gap_resolved"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.severity()).isEqualTo(Severity.INFO);
              assertThat(e.details().type()).isEqualTo(GapEvent.Type.RESOLVED);
            });
  }

  @Test
  void givenAGapThatSlidOutOfTheWindowStillMissing_whenAuditedLater_thenItStaysOpen()
      throws Exception {
    store.add(hourWithout(20, 21));
    service(minute(60)).runOnce();
    service.close();
    store.add(minutes(60, 120));

    service(minute(120)).runOnce();

    assertThat(metadata.gaps(GapStatus.OPEN)).hasSize(1);
    assertThat(metadata.log("gap_resolved")).isEmpty();
  }

  @Test
  void givenAGapFilledAfterItSlidOutOfTheWindow_whenAuditedAgain_thenItIsResolvedAndLogged()
      throws Exception {
    store.add(hourWithout(20, 21));
    service(minute(60)).runOnce();
    service.close();
    store.add(minutes(60, 120));
    service(minute(120)).runOnce();
    service.close();
    store.add(
        List.of(
            Records.candle(Timeframe.MINUTE_1, minute(20)),
            Records.candle(Timeframe.MINUTE_1, minute(21))));

    AuditReport report = service(minute(120).plusSeconds(5)).runOnce();

    assertThat(report.gapsResolved()).isEqualTo(1);
    assertThat(metadata.gaps(GapStatus.OPEN)).isEmpty();
    assertThat(metadata.gaps(GapStatus.RESOLVED)).hasSize(1);
    assertThat(metadata.log("gap_resolved")).hasSize(1);
  }

  @Test
  void givenAnOpenPhantomGapLeftBehindWhoseCandleIsStored_whenAudited_thenTheNextCycleResolvesIt()
      throws Exception {
    store.add(minutes(0, 120));
    DataGap phantom =
        Gaps.open(
            GapIds.of(DATASET, GapKind.CANDLE_GRID, "from:" + minute(20)),
            SeriesKey.candles(BTC, Timeframe.MINUTE_1),
            minute(20),
            minute(21),
            1,
            Severity.LOW,
            minute(80));
    metadata.gapRepository.upsert(phantom);

    AuditReport report = service(minute(120).plusNanos(680_034)).runOnce();

    assertThat(report.gapsOpened()).isZero();
    assertThat(report.gapsResolved()).isEqualTo(1);
    assertThat(metadata.gap(phantom.gapId()).status()).isEqualTo(GapStatus.RESOLVED);
    assertThat(metadata.gap(phantom.gapId()).updatedAt()).isEqualTo(minute(120));
    assertThat(metadata.log("gap_resolved"))
        .singleElement()
        .satisfies(e -> assertThat(e.details().gapId()).isEqualTo(phantom.gapId()));
  }

  @Test
  void givenALeaseThatIsNotHeld_whenRunOnce_thenNothingIsAudited() throws Exception {
    service =
        new AuditService(
            TestSettings.settings(),
            store,
            metadata.datasetRepository,
            metadata.gapRepository,
            metadata.auditLogRepository,
            metadata.healthMetricRepository,
            heldElsewhere(),
            metrics,
            Clock.fixed(minute(60), ZoneOffset.UTC));

    assertThat(service.runOnce()).isEqualTo(AuditReport.notLeader());
    assertThat(metadata.healthMetrics()).isEmpty();
  }

  @Test
  void givenAStartedService_whenItHoldsTheLease_thenCyclesRunOnScheduleAndLeadershipIsPublished()
      throws Exception {
    store.add(minutes(0, 60));
    ToggleLease lease = new ToggleLease(true);
    service =
        new AuditService(
            TestSettings.settings().withSchedule(Duration.ofMillis(100), Duration.ofMillis(50)),
            store,
            metadata.datasetRepository,
            metadata.gapRepository,
            metadata.auditLogRepository,
            metadata.healthMetricRepository,
            lease,
            metrics,
            Clock.fixed(minute(60), ZoneOffset.UTC));

    service.start();
    await().atMost(Duration.ofSeconds(5)).until(() -> metadata.healthMetrics().size() >= 3);
    assertThat(metrics.leader).isTrue();

    lease.held = false;
    await().atMost(Duration.ofSeconds(5)).until(() -> !metrics.leader);
    int cycles = metadata.healthMetrics().size();
    await()
        .during(Duration.ofMillis(400))
        .atMost(Duration.ofSeconds(1))
        .until(() -> metadata.healthMetrics().size() <= cycles + 1);

    service.close();
    assertThat(lease.released).isTrue();
  }

  /** A lease another instance holds. */
  private static LeaderLease heldElsewhere() {
    InMemoryLeaseStore leases = new InMemoryLeaseStore(Duration.ofMillis(300));
    leases.lease("other instance").tryAcquire();
    return leases.lease("this instance");
  }

  /** A lease whose holding the test decides. */
  static final class ToggleLease implements LeaderLease {
    volatile boolean held;
    volatile boolean released;

    ToggleLease(boolean held) {
      this.held = held;
    }

    @Override
    public Duration period() {
      return Duration.ofMillis(300);
    }

    @Override
    public boolean tryAcquire() {
      return held;
    }

    @Override
    public boolean renew() {
      return held;
    }

    @Override
    public void release() {
      released = true;
    }

    @Override
    public boolean isLeader() {
      return held;
    }
  }

  /** Keeps the last value of each gauge. */
  static final class RecordingMetrics implements AuditMetrics {
    final Map<String, Double> scores = new ConcurrentHashMap<>();
    volatile boolean leader;

    @Override
    public void healthScore(String datasetId, double score) {
      scores.put(datasetId, score);
    }

    @Override
    public void leader(boolean leader) {
      this.leader = leader;
    }

    @Override
    public void cycleFinished(Duration duration, int seriesAudited, int seriesFailed) {}
  }
}
