package com.mdm.application.service.backfill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mdm.domain.market.Candle;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.BackfillCheckpoint;
import com.mdm.domain.metadata.BackfillDataType;
import com.mdm.domain.metadata.BackfillJob;
import com.mdm.domain.metadata.BackfillParameters;
import com.mdm.domain.metadata.BackfillStatus;
import com.mdm.domain.metadata.LineageRecord;
import com.mdm.domain.port.out.ExchangeException;
import com.mdm.domain.port.out.HistoryCursor;
import com.mdm.testsupport.fake.FakeMarket;
import com.mdm.testsupport.fake.InMemoryLineageRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BackfillJobRunnerTest {

  private static final Instant NOW = Instant.parse("2024-06-20T00:00:00Z");
  private static final Instant DAY = Instant.parse("2024-06-17T00:00:00Z");
  private static final Symbol BTC = Symbol.of("BTCUSDT");

  private final CheckpointedJobs jobs = new CheckpointedJobs();
  private final InMemoryLineageRepository lineage = new InMemoryLineageRepository();
  private final FailingWrites series = new FailingWrites();
  private final ScriptedExchange exchange = new ScriptedExchange(3);
  private final List<BackfillJob> finished = new CopyOnWriteArrayList<>();
  private final BackfillSettings settings =
      new BackfillSettings(
          "w1",
          1,
          Duration.ofMillis(50),
          Duration.ofMinutes(10),
          3,
          Duration.ofSeconds(30),
          Duration.ofMillis(1),
          Duration.ofSeconds(5));
  private final BackfillJobRunner runner =
      new BackfillJobRunner(
          jobs,
          lineage,
          exchange,
          new PageFetcher(exchange, series, settings.writeTimeout()),
          finished::add,
          settings,
          Clock.fixed(NOW, ZoneOffset.UTC));

  /** Ten hourly candles from {@link #DAY}, claimed by w1. */
  private BackfillJob claimedJob(BackfillCheckpoint checkpoint, long fetched) {
    jobs.create(
        new BackfillJob(
            "job-1",
            BTC,
            BackfillDataType.CANDLES,
            Timeframe.HOUR_1,
            DAY,
            DAY.plus(Duration.ofHours(10)),
            0,
            BackfillStatus.PENDING,
            0,
            fetched,
            fetched,
            checkpoint,
            null,
            0,
            null,
            NOW,
            null,
            null,
            NOW));
    return jobs.claimNext("w1", NOW).orElseThrow();
  }

  /** The checkpoint of a requested job after {@code pages}, resuming {@code hours} after DAY. */
  private static BackfillCheckpoint after(long pages, long hours) {
    return new BackfillCheckpoint(DAY.plus(Duration.ofHours(hours)), null, pages, null);
  }

  private BackfillJob stored() {
    return jobs.get("job-1").orElseThrow();
  }

  @Test
  void givenAClaimedJob_whenRun_thenEveryPageIsStoredAndCheckpointedAndTheJobCompletes() {
    RunResult result = runner.run(claimedJob(null, 0));

    assertThat(result).isEqualTo(RunResult.finished());
    assertThat(series.stored.all()).hasSize(10);
    assertThat(jobs.checkpoints)
        .containsExactly(after(1, 3), after(2, 6), after(3, 9), after(4, 9));
    BackfillJob job = stored();
    assertThat(job.status()).isEqualTo(BackfillStatus.COMPLETED);
    assertThat(job.progress()).isEqualTo(100);
    assertThat(job.recordsFetched()).isEqualTo(10);
    assertThat(job.recordsInserted()).isEqualTo(10);
    assertThat(finished).containsExactly(job);
    LineageRecord record = lineage.all().getFirst();
    assertThat(record.datasetId()).isEqualTo("candles_BTCUSDT_1h");
    assertThat(record.source()).isEqualTo("fake-rest");
    assertThat(record.transformation()).isEqualTo("backfill");
    assertThat(record.parameters())
        .isEqualTo(
            new BackfillParameters(
                "job-1",
                "/fake/candles",
                BTC,
                BackfillDataType.CANDLES,
                Timeframe.HOUR_1,
                4,
                1,
                null));
    assertThat(record.inputRecords()).isEqualTo(10);
    assertThat(record.outputRecords()).isEqualTo(10);
    assertThat(record.status()).isEqualTo("COMPLETED");
    assertThat(record.rangeStart()).isEqualTo(DAY);
  }

  @Test
  void givenAJobWithACheckpoint_whenRun_thenItResumesThereAndCountsOnFromTheStoredTotals() {
    series.stored.add(firstSix());

    runner.run(claimedJob(after(2, 6), 6));

    assertThat(exchange.requested.getFirst())
        .isEqualTo(HistoryCursor.at(DAY.plus(Duration.ofHours(6))));
    assertThat(exchange.requested).hasSize(2);
    assertThat(series.stored.all()).hasSize(10);
    assertThat(stored().recordsFetched()).isEqualTo(10);
    assertThat(stored().recordsInserted()).isEqualTo(10);
    assertThat(lineage.all().getFirst().parameters())
        .isInstanceOfSatisfying(BackfillParameters.class, p -> assertThat(p.pages()).isEqualTo(4));
  }

  @Test
  void givenARunningJob_whenCancelledBetweenPages_thenItStopsAndRecordsTheCancellation()
      throws Exception {
    CountDownLatch second = exchange.blockOnCall(1);
    BackfillJob job = claimedJob(null, 0);
    CompletableFuture<RunResult> run = CompletableFuture.supplyAsync(() -> runner.run(job));
    awaitRequests(2);

    jobs.cancel("job-1", NOW);
    second.countDown();

    assertThat(run.get(5, TimeUnit.SECONDS)).isEqualTo(RunResult.finished());
    assertThat(exchange.requested).hasSize(2);
    assertThat(stored().status()).isEqualTo(BackfillStatus.CANCELLED);
    assertThat(lineage.all().getFirst().status()).isEqualTo("CANCELLED");
    assertThat(lineage.all().getFirst().inputRecords()).isEqualTo(3);
    assertThat(finished).extracting(BackfillJob::status).containsExactly(BackfillStatus.CANCELLED);
  }

  @Test
  void givenTheExchangeRejectsTheRequest_whenRun_thenTheJobFailsWithItsMessage() {
    exchange.failOnCall(
        0,
        () -> ExchangeException.rejected("Binance rejected GET ...: Invalid symbol.", 400, -1121));

    runner.run(claimedJob(null, 0));

    assertThat(stored().status()).isEqualTo(BackfillStatus.FAILED);
    assertThat(stored().errorMessage()).isEqualTo("Binance rejected GET ...: Invalid symbol.");
    assertThat(lineage.all().getFirst().errorMessage()).contains("Invalid symbol.");
    assertThat(finished).hasSize(1);
  }

  @Test
  void givenABanAfterTwoPages_whenRun_thenTheJobGoesBackToPendingUntilTheBanEnds() {
    Instant banEnd = NOW.plus(Duration.ofHours(2));
    exchange.failOnCall(2, () -> ExchangeException.unavailable("banned", 418, banEnd, null));

    RunResult result = runner.run(claimedJob(null, 0));

    assertThat(result).isEqualTo(RunResult.requeued(banEnd));
    BackfillJob job = stored();
    assertThat(job.status()).isEqualTo(BackfillStatus.PENDING);
    assertThat(job.checkpoint()).isEqualTo(after(2, 6));
    assertThat(job.recordsFetched()).isEqualTo(6);
    assertThat(lineage.all()).isEmpty();
    assertThat(finished).isEmpty();
  }

  @Test
  void givenRetryableFailuresOnEveryClaim_whenTheLastAttemptFails_thenTheJobFailsSayingSo() {
    exchange.failOnCall(0, () -> ExchangeException.unavailable("HTTP 503", 503, null, null));
    exchange.failOnCall(1, () -> ExchangeException.unavailable("HTTP 503", 503, null, null));
    exchange.failOnCall(2, () -> ExchangeException.unavailable("HTTP 503", 503, null, null));

    RunResult first = runner.run(claimedJob(null, 0));
    runner.run(jobs.claimNext("w1", NOW).orElseThrow());
    RunResult last = runner.run(jobs.claimNext("w1", NOW).orElseThrow());

    assertThat(first).isEqualTo(RunResult.requeued(NOW.plus(settings.retryDelay())));
    assertThat(last).isEqualTo(RunResult.finished());
    assertThat(stored().status()).isEqualTo(BackfillStatus.FAILED);
    assertThat(stored().errorMessage()).isEqualTo("HTTP 503 (gave up after 3 attempts)");
  }

  @Test
  void givenTheStoreFails_whenRun_thenTheJobIsRequeuedForLater() {
    series.failWith = new IllegalStateException("MongoDB unreachable");

    RunResult result = runner.run(claimedJob(null, 0));

    assertThat(result.kind()).isEqualTo(RunResult.Kind.REQUEUED);
    assertThat(stored().status()).isEqualTo(BackfillStatus.PENDING);
    assertThat(stored().checkpoint()).isNull();
  }

  @Test
  void givenTheWorkerIsStopping_whenTheJobIsInterrupted_thenItIsRequeuedWithItsCheckpoint()
      throws Exception {
    exchange.blockOnCall(1);
    BackfillJob job = claimedJob(null, 0);
    CompletableFuture<Thread> thread = new CompletableFuture<>();
    CompletableFuture<RunResult> run =
        CompletableFuture.supplyAsync(
            () -> {
              thread.complete(Thread.currentThread());
              return runner.run(job);
            });
    awaitRequests(2);

    thread.get().interrupt();

    assertThat(run.get(5, TimeUnit.SECONDS).kind()).isEqualTo(RunResult.Kind.REQUEUED);
    assertThat(stored().status()).isEqualTo(BackfillStatus.PENDING);
    assertThat(stored().checkpoint()).isEqualTo(after(1, 3));
  }

  @Test
  void givenTheJobWasTakenOverAfterAStaleRequeue_whenThePageEnds_thenTheOldRunStopsQuietly()
      throws Exception {
    CountDownLatch second = exchange.blockOnCall(1);
    BackfillJob job = claimedJob(null, 0);
    CompletableFuture<RunResult> run = CompletableFuture.supplyAsync(() -> runner.run(job));
    awaitRequests(2);

    jobs.requeueStale(NOW.plusSeconds(1), NOW);
    jobs.claimNext("w2", NOW);
    second.countDown();

    assertThat(run.get(5, TimeUnit.SECONDS)).isEqualTo(RunResult.abandoned());
    assertThat(stored().status()).isEqualTo(BackfillStatus.RUNNING);
    assertThat(stored().claimedBy()).isEqualTo("w2");
    assertThat(lineage.all()).isEmpty();
  }

  private List<Candle> firstSix() {
    return java.util.stream.IntStream.range(0, 6)
        .mapToObj(i -> FakeMarket.candle(BTC, Timeframe.HOUR_1, DAY.plus(Duration.ofHours(i))))
        .toList();
  }

  private void awaitRequests(int count) {
    await().atMost(Duration.ofSeconds(5)).until(() -> exchange.requested.size() >= count);
  }
}
