package com.mdm.application.service.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.BackfillDataType;
import com.mdm.domain.metadata.BackfillJob;
import com.mdm.domain.metadata.BackfillStatus;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.testsupport.fake.InMemoryBackfillJobRepository;
import com.mdm.testsupport.fake.InMemoryLineageRepository;
import com.mdm.testsupport.fake.InMemorySeriesStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BackfillWorkerTest {

  private static final Instant NOW = Instant.parse("2024-06-20T00:00:00Z");
  private static final Instant DAY = Instant.parse("2024-06-17T00:00:00Z");

  private final InMemoryBackfillJobRepository jobs = new InMemoryBackfillJobRepository();
  private final ScriptedExchange exchange = new ScriptedExchange(10);
  private final BackfillWorker worker =
      new BackfillWorker(
          jobs,
          new InMemoryLineageRepository(),
          exchange,
          new InMemorySeriesStore(),
          BackfillJobListener.NONE,
          new BackfillSettings(
              "w1",
              2,
              Duration.ofHours(1),
              Duration.ofMinutes(10),
              3,
              Duration.ofSeconds(30),
              Duration.ofMinutes(1),
              Duration.ofSeconds(5)),
          Clock.fixed(NOW, ZoneOffset.UTC));

  @AfterEach
  void stop() {
    worker.stop(Duration.ofSeconds(5));
  }

  private void pending(String id, int priority) {
    jobs.create(
        new BackfillJob(
            id,
            Symbol.of("BTCUSDT"),
            BackfillDataType.CANDLES,
            Timeframe.HOUR_1,
            DAY,
            DAY.plus(Duration.ofHours(2)),
            priority,
            BackfillStatus.PENDING,
            0,
            0,
            0,
            null,
            null,
            0,
            null,
            NOW,
            null,
            null,
            NOW));
  }

  private List<BackfillJob> withStatus(BackfillStatus status) {
    return jobs.list(status, null, PageRequest.first(100));
  }

  @Test
  void givenMorePendingJobsThanSlots_whenPolled_thenOnlyConcurrencyManyRunAndTheRestFollow()
      throws Exception {
    CountDownLatch first = exchange.blockOnCall(0);
    CountDownLatch second = exchange.blockOnCall(1);
    pending("low", 0);
    pending("high", 9);
    pending("middle", 5);

    assertThat(worker.poll()).isEqualTo(2);
    await(() -> exchange.requested.size() == 2);

    assertThat(worker.runningJobs()).isEqualTo(2);
    assertThat(withStatus(BackfillStatus.PENDING))
        .extracting(BackfillJob::jobId)
        .containsExactly("low");
    first.countDown();
    second.countDown();
    await(() -> withStatus(BackfillStatus.COMPLETED).size() == 3);
  }

  @Test
  void givenARunningJobWhoseWorkerWentSilent_whenPolled_thenItIsTakenOverAndFinished()
      throws Exception {
    pending("orphan", 0);
    jobs.claimNext("dead-worker", NOW.minus(Duration.ofHours(1)));

    worker.poll();

    await(() -> withStatus(BackfillStatus.COMPLETED).size() == 1);
    assertThat(jobs.get("orphan").orElseThrow().claimedBy()).isEqualTo("w1");
    assertThat(jobs.get("orphan").orElseThrow().attempts()).isEqualTo(2);
  }

  @Test
  void givenRunningJobs_whenTheWorkerStops_thenTheyGoBackToPending() throws Exception {
    exchange.blockOnCall(0);
    pending("job", 0);
    worker.poll();
    await(() -> exchange.requested.size() == 1);

    worker.stop(Duration.ofSeconds(5));

    assertThat(jobs.get("job").orElseThrow().status()).isEqualTo(BackfillStatus.PENDING);
    assertThat(worker.poll()).isZero();
  }

  private static void await(Callable<Boolean> condition) {
    Awaitility.await().atMost(Duration.ofSeconds(5)).until(condition);
  }
}
