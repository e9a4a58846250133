package com.mdm.application.service.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.BackfillCheckpoint;
import com.mdm.domain.metadata.BackfillDataType;
import com.mdm.domain.metadata.BackfillJob;
import com.mdm.domain.metadata.BackfillStatus;
import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.metadata.GapCause;
import com.mdm.domain.metadata.GapDetails;
import com.mdm.domain.metadata.GapFate;
import com.mdm.domain.metadata.GapKind;
import com.mdm.domain.metadata.GapPosition;
import com.mdm.domain.metadata.GapStatus;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.metadata.Severity;
import com.mdm.domain.port.in.BackfillRequest;
import com.mdm.testsupport.fake.InMemoryBackfillJobRepository;
import com.mdm.testsupport.fake.InMemoryDataGapRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class AutoRepairServiceTest {

  private static final Instant NOW = Instant.parse("2024-06-20T00:00:00Z");
  private static final Instant DAY = Instant.parse("2024-06-17T00:00:00Z");
  private static final Symbol BTC = Symbol.of("BTCUSDT");

  private final InMemoryBackfillJobRepository jobs = new InMemoryBackfillJobRepository();
  private final InMemoryDataGapRepository gapRepository = new InMemoryDataGapRepository();
  private final ReauditStandIn gaps = new ReauditStandIn(gapRepository);
  private final ManageBackfillJobsService service =
      new ManageBackfillJobsService(jobs, Clock.fixed(NOW, ZoneOffset.UTC));
  private final AutoRepairService repair =
      new AutoRepairService(
          gapRepository,
          jobs,
          service,
          gaps,
          new AutoRepairSettings(Duration.ofHours(1), Duration.ofMinutes(5), -1, 50, 2));

  private DataGap gap(String id, SeriesKey series, Duration length) {
    return gap(id, series, length, GapCause.STREAM_LOSS);
  }

  private DataGap gap(String id, SeriesKey series, Duration length, GapCause cause) {
    Instant end = DAY.plus(length);
    GapDetails details =
        new GapDetails(
            id,
            series,
            GapKind.CANDLE_GRID,
            GapPosition.INTERIOR,
            DAY,
            end,
            3,
            1,
            null,
            null,
            Severity.HIGH,
            Duration.ZERO,
            "from:" + DAY);
    DataGap gap =
        new DataGap(
            id,
            series,
            DAY,
            end,
            3,
            Severity.HIGH,
            GapStatus.OPEN,
            details,
            NOW,
            NOW,
            cause,
            GapFate.OPEN);
    gapRepository.upsert(gap);
    return gap;
  }

  private static SeriesKey hours() {
    return SeriesKey.candles(BTC, Timeframe.HOUR_1);
  }

  private List<BackfillJob> allJobs() {
    return jobs.list(null, null, PageRequest.first(100));
  }

  private BackfillJob finish(BackfillStatus status) {
    BackfillJob job = jobs.claimNext("w", NOW).orElseThrow();
    jobs.finish(job.jobId(), status, status == BackfillStatus.FAILED ? "boom" : null, NOW);
    return jobs.get(job.jobId()).orElseThrow();
  }

  @Test
  void givenOpenGaps_whenARoundRuns_thenLongFetchableOnesBecomeJobsLinkedToTheirGap() {
    gap("candles", hours(), Duration.ofHours(3));
    gap("funding", SeriesKey.of(SeriesType.FUNDING_RATES, BTC), Duration.ofHours(16));
    gap("short", SeriesKey.candles(BTC, Timeframe.MINUTE_1), Duration.ofMinutes(10));
    gap("depth", SeriesKey.of(SeriesType.DEPTH, BTC), Duration.ofHours(5));

    RepairRound round = repair.repairOnce();

    assertThat(round).isEqualTo(new RepairRound(4, 2, 0, 2));
    assertThat(allJobs())
        .extracting(BackfillJob::dataType, BackfillJob::timeframe, BackfillJob::priority)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(BackfillDataType.CANDLES, Timeframe.HOUR_1, -1),
            org.assertj.core.groups.Tuple.tuple(BackfillDataType.FUNDING_RATES, null, -1));
    BackfillJob candles =
        allJobs().stream()
            .filter(job -> job.dataType() == BackfillDataType.CANDLES)
            .findFirst()
            .orElseThrow();
    assertThat(candles.startTime()).isEqualTo(DAY);
    assertThat(candles.endTime()).isEqualTo(DAY.plus(Duration.ofHours(3)));
    assertThat(candles.checkpoint()).isEqualTo(BackfillCheckpoint.forGap("candles"));
  }

  @Test
  void givenAGapBeforeTheFirstStoredRecord_whenARoundRuns_thenItIsRepairedOnlyWhenHistoryIsAsked() {
    gap("history", hours(), Duration.ofHours(3), GapCause.NOT_COLLECTED);

    assertThat(repair.repairOnce().jobsCreated()).isZero();

    AutoRepairService withHistory =
        new AutoRepairService(
            gapRepository, jobs, service, gaps, AutoRepairSettings.defaults().withHistory(true));
    assertThat(withHistory.repairOnce().jobsCreated()).isEqualTo(1);
    withHistory.close();
  }

  @Test
  void givenARepairCompletesAndFillsTheGap_whenTold_thenItsFateNamesTheJobAndItsRecords() {
    gap("candles", hours(), Duration.ofHours(3));
    gaps.filled = gap -> true;
    repair.repairOnce();

    BackfillJob job = finish(BackfillStatus.COMPLETED);
    repair.onFinished(job);

    assertThat(gapRepository.get("candles").orElseThrow().fate())
        .isEqualTo(GapFate.backfilled(job.jobId(), job.recordsInserted()));
  }

  @Test
  void givenARepairCompletesButDataIsStillMissing_whenTold_thenTheGapIsConfirmedEmpty() {
    gap("candles", hours(), Duration.ofHours(3));
    repair.repairOnce();

    BackfillJob job = finish(BackfillStatus.COMPLETED);
    repair.onFinished(job);

    DataGap settled = gapRepository.get("candles").orElseThrow();
    assertThat(settled.fate().kind()).isEqualTo(GapFate.Kind.CONFIRMED_EMPTY);
    assertThat(settled.fate().jobId()).isEqualTo(job.jobId());
    assertThat(repair.repairOnce().jobsCreated()).isZero();
  }

  @Test
  void givenARepairIsPendingOrRunning_whenTheNextRoundRuns_thenNoSecondJobIsQueued() {
    gap("candles", hours(), Duration.ofHours(3));
    repair.repairOnce();
    jobs.claimNext("w", NOW);

    RepairRound round = repair.repairOnce();

    assertThat(round.jobsCreated()).isZero();
    assertThat(allJobs()).hasSize(1);
  }

  @Test
  void givenARequestedJobAlreadyCoversTheGap_whenARoundRuns_thenNoRepairJobIsQueued() {
    service.create(
        new BackfillRequest(
            BTC, BackfillDataType.CANDLES, Timeframe.HOUR_1, DAY, DAY.plus(Duration.ofDays(1)), 5));
    gap("candles", hours(), Duration.ofHours(3));

    assertThat(repair.repairOnce().jobsCreated()).isZero();
    assertThat(allJobs()).hasSize(1);
  }

  @Test
  void givenARepairCompletes_whenTold_thenTheGapIsReauditedAsFinalAndResolved() {
    gap("candles", hours(), Duration.ofHours(3));
    gaps.filled = gap -> true;
    repair.repairOnce();

    repair.onFinished(finish(BackfillStatus.COMPLETED));

    assertThat(gaps.reaudits).containsExactly("candles:final");
    assertThat(gapRepository.get("candles").orElseThrow().status()).isEqualTo(GapStatus.RESOLVED);
    assertThat(repair.repairOnce()).isEqualTo(new RepairRound(0, 0, 0, 0));
  }

  @Test
  void givenARepairCompletedWhileNobodyListened_whenARoundRuns_thenTheGapIsReauditedThen() {
    gap("candles", hours(), Duration.ofHours(3));
    repair.repairOnce();
    finish(BackfillStatus.COMPLETED);

    RepairRound round = repair.repairOnce();

    assertThat(round.reaudited()).isEqualTo(1);
    assertThat(gapRepository.get("candles").orElseThrow().status())
        .isEqualTo(GapStatus.UNRECOVERABLE);
  }

  @Test
  void givenRepairsFail_whenTheLastAllowedOneFails_thenTheGapIsReauditedAsFinal() {
    gap("candles", hours(), Duration.ofHours(3));
    repair.repairOnce();
    repair.onFinished(finish(BackfillStatus.FAILED));

    assertThat(gapRepository.get("candles").orElseThrow().status()).isEqualTo(GapStatus.OPEN);
    assertThat(repair.repairOnce().jobsCreated()).isEqualTo(1);
    repair.onFinished(finish(BackfillStatus.FAILED));

    assertThat(gaps.reaudits).containsExactly("candles:again", "candles:final");
    assertThat(gapRepository.get("candles").orElseThrow().status())
        .isEqualTo(GapStatus.UNRECOVERABLE);
  }

  @Test
  void givenAnOperatorCancelledTheRepair_whenRoundsRun_thenTheGapIsLeftAlone() {
    gap("candles", hours(), Duration.ofHours(3));
    repair.repairOnce();
    BackfillJob job = allJobs().getFirst();
    jobs.cancel(job.jobId(), NOW);

    repair.onFinished(jobs.get(job.jobId()).orElseThrow());
    RepairRound round = repair.repairOnce();

    assertThat(gaps.reaudits).isEmpty();
    assertThat(round).isEqualTo(new RepairRound(1, 0, 0, 1));
  }
}
