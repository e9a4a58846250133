package com.mdm.adapter.out.mysql;

import static com.mdm.adapter.out.mysql.Samples.BTC;
import static com.mdm.adapter.out.mysql.Samples.ETH;
import static com.mdm.adapter.out.mysql.Samples.T0;
import static com.mdm.adapter.out.mysql.Samples.at;
import static com.mdm.adapter.out.mysql.Samples.pendingJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mdm.domain.metadata.BackfillCheckpoint;
import com.mdm.domain.metadata.BackfillDataType;
import com.mdm.domain.metadata.BackfillJob;
import com.mdm.domain.metadata.BackfillStatus;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.out.BackfillJobRepository;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What every {@link BackfillJobRepository} must do, claiming under contention included. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BackfillJobRepositoryContract {

  private static final PageRequest ALL = PageRequest.first(100);
  private static final BackfillCheckpoint AFTER_THREE_PAGES =
      new BackfillCheckpoint(at(-30), null, 3, null);

  private MetadataTestDatabase database;
  private BackfillJobRepository repository;

  protected abstract MetadataTestDatabase openDatabase();

  @BeforeAll
  void open() {
    database = openDatabase();
    repository = new JdbiBackfillJobRepository(database.jdbi());
  }

  @AfterAll
  void close() {
    database.close();
  }

  @BeforeEach
  void empty() {
    database.deleteAll("backfill_jobs");
  }

  @Test
  void givenJobInAnyState_whenCreated_thenGetReturnsEveryField() {
    BackfillJob job =
        new BackfillJob(
            "job-full",
            ETH,
            BackfillDataType.AGG_TRADES,
            null,
            Instant.parse("2024-01-01T00:00:00.001Z"),
            Instant.parse("2024-01-02T00:00:00.999Z"),
            7,
            BackfillStatus.FAILED,
            42.5,
            1000,
            990,
            new BackfillCheckpoint(Instant.parse("2024-01-01T06:00:00.250Z"), 123L, 4, "gap-7"),
            "HTTP 418",
            3,
            "worker-9",
            T0,
            at(1),
            at(2),
            at(3));

    repository.create(job);

    assertThat(repository.get("job-full")).contains(job);
    assertThat(repository.get("missing")).isEmpty();
  }

  @Test
  void givenJobs_whenListedByStatusAndSymbol_thenOnlyMatchesComeNewestFirst() {
    repository.create(pendingJob("old", 0, at(1)));
    repository.create(pendingJob("new", 0, at(3)));
    repository.create(pendingJob("eth", ETH, 0, at(2)));
    repository.create(pendingJob("running", 1, at(4)));
    repository.claimNext("w", at(5));

    assertThat(ids(repository.list(null, null, ALL)))
        .containsExactly("running", "new", "eth", "old");
    assertThat(ids(repository.list(BackfillStatus.PENDING, null, ALL)))
        .containsExactly("new", "eth", "old");
    assertThat(ids(repository.list(null, ETH, ALL))).containsExactly("eth");
    assertThat(ids(repository.list(BackfillStatus.RUNNING, BTC, ALL))).containsExactly("running");
    assertThat(ids(repository.list(null, null, new PageRequest(1, 2))))
        .containsExactly("new", "eth");
  }

  @Test
  void givenPendingJobs_whenClaimed_thenHighestPriorityThenOldestComesFirst() {
    repository.create(pendingJob("low-old", 1, at(0)));
    repository.create(pendingJob("high-new", 5, at(2)));
    repository.create(pendingJob("high-old", 5, at(1)));

    assertThat(claimedId("w1")).contains("high-old");
    assertThat(claimedId("w1")).contains("high-new");
    assertThat(claimedId("w1")).contains("low-old");
    assertThat(claimedId("w1")).isEmpty();
  }

  @Test
  void givenPendingJob_whenClaimed_thenItRunsForTheWorkerWithOneMoreAttempt() {
    repository.create(pendingJob("job", 0, at(0)));

    BackfillJob claimed = repository.claimNext("worker-1", at(10)).orElseThrow();

    assertThat(claimed.jobId()).isEqualTo("job");
    assertThat(claimed.status()).isEqualTo(BackfillStatus.RUNNING);
    assertThat(claimed.claimedBy()).isEqualTo("worker-1");
    assertThat(claimed.attempts()).isEqualTo(1);
    assertThat(claimed.startedAt()).isEqualTo(at(10));
    assertThat(claimed.updatedAt()).isEqualTo(at(10));
    assertThat(repository.get("job")).contains(claimed);
  }

  @Test
  void givenTwentyPendingJobs_whenFourWorkersClaimAtOnce_thenEveryJobIsClaimedExactlyOnce()
      throws Exception {
    for (int i = 0; i < 20; i++) {
      repository.create(pendingJob("job-" + i, i % 3, at(i)));
    }

    Map<String, List<String>> claimsByWorker = ConcurrentClaims.run(repository, 4, at(30));

    List<String> claimed = claimsByWorker.values().stream().flatMap(List::stream).toList();
    assertThat(claimed).hasSize(20).doesNotHaveDuplicates();
    assertThat(repository.list(BackfillStatus.PENDING, null, ALL)).isEmpty();
    assertThat(repository.list(BackfillStatus.RUNNING, null, ALL))
        .hasSize(20)
        .allSatisfy(job -> assertThat(job.attempts()).isEqualTo(1))
        .allSatisfy(job -> assertThat(claimsByWorker.get(job.claimedBy())).contains(job.jobId()));
  }

  @Test
  void givenRunningJob_whenProgressIsUpdated_thenItIsStored() {
    repository.create(pendingJob("job", 0, at(0)));
    repository.claimNext("w", at(1));

    boolean updated = repository.updateProgress("job", 37.5, 500, 480, AFTER_THREE_PAGES, at(2));

    BackfillJob job = repository.get("job").orElseThrow();
    assertThat(updated).isTrue();
    assertThat(job.progress()).isEqualTo(37.5);
    assertThat(job.recordsFetched()).isEqualTo(500);
    assertThat(job.recordsInserted()).isEqualTo(480);
    assertThat(job.checkpoint()).isEqualTo(AFTER_THREE_PAGES);
    assertThat(job.updatedAt()).isEqualTo(at(2));
  }

  @Test
  void givenJobNotRunning_whenProgressIsUpdated_thenNothingChanges() {
    repository.create(pendingJob("pending", 0, at(0)));

    assertThat(repository.updateProgress("pending", 10, 1, 1, null, at(1))).isFalse();
    assertThat(repository.updateProgress("unknown", 10, 1, 1, null, at(1))).isFalse();
    assertThat(repository.get("pending").orElseThrow().progress()).isZero();
  }

  @Test
  void givenProgressOutOfRange_whenUpdated_thenItFailsNamingTheValue() {
    assertThatThrownBy(() -> repository.updateProgress("job", 101, 0, 0, null, at(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("101");
  }

  @Test
  void givenRunningJob_whenFinished_thenItIsFinalOnceAndOnlyOnce() {
    repository.create(pendingJob("job", 0, at(0)));
    repository.claimNext("w", at(1));

    assertThat(repository.finish("job", BackfillStatus.FAILED, "HTTP 500", at(2))).isTrue();
    assertThat(repository.finish("job", BackfillStatus.COMPLETED, null, at(3))).isFalse();

    BackfillJob job = repository.get("job").orElseThrow();
    assertThat(job.status()).isEqualTo(BackfillStatus.FAILED);
    assertThat(job.errorMessage()).isEqualTo("HTTP 500");
    assertThat(job.completedAt()).isEqualTo(at(2));
    assertThat(repository.updateProgress("job", 50, 1, 1, null, at(4))).isFalse();
  }

  @Test
  void givenPendingJob_whenFinished_thenItIsRefused() {
    repository.create(pendingJob("job", 0, at(0)));

    assertThat(repository.finish("job", BackfillStatus.COMPLETED, null, at(1))).isFalse();
    assertThat(repository.get("job").orElseThrow().status()).isEqualTo(BackfillStatus.PENDING);
  }

  @Test
  void givenNonFinalStatus_whenFinishing_thenItFailsNamingTheStatus() {
    assertThatThrownBy(() -> repository.finish("job", BackfillStatus.RUNNING, null, at(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RUNNING");
  }

  @Test
  void givenPendingAndRunningJobs_whenCancelled_thenBothBecomeCancelledAndAreNotClaimed() {
    repository.create(pendingJob("running", 9, at(0)));
    repository.claimNext("w", at(1));
    repository.create(pendingJob("pending", 0, at(2)));

    assertThat(repository.cancel("running", at(3))).isTrue();
    assertThat(repository.cancel("pending", at(3))).isTrue();

    assertThat(repository.get("running").orElseThrow().status())
        .isEqualTo(BackfillStatus.CANCELLED);
    assertThat(repository.get("pending").orElseThrow().completedAt()).isEqualTo(at(3));
    assertThat(repository.claimNext("w", at(4))).isEmpty();
  }

  @Test
  void givenFinalOrUnknownJob_whenCancelled_thenItIsRefused() {
    repository.create(pendingJob("job", 0, at(0)));
    repository.claimNext("w", at(1));
    repository.finish("job", BackfillStatus.COMPLETED, null, at(2));

    assertThat(repository.cancel("job", at(3))).isFalse();
    assertThat(repository.cancel("unknown", at(3))).isFalse();
    assertThat(repository.get("job").orElseThrow().status()).isEqualTo(BackfillStatus.COMPLETED);
  }

  @Test
  void givenACheckpointAsEarlierVersionsStoredIt_whenTheJobIsRead_thenItIsTyped() {
    repository.create(pendingJob("job", 0, at(0)));
    storeCheckpointText(
        "job", "{\"time\":1718654400123,\"fromId\":5001,\"pages\":12,\"gapId\":\"g\"}");

    assertThat(repository.get("job").orElseThrow().checkpoint())
        .isEqualTo(new BackfillCheckpoint(Instant.ofEpochMilli(1718654400123L), 5001L, 12, "g"));
  }

  @Test
  void givenAnUnreadableCheckpoint_whenTheJobIsRead_thenItHasNoneAndStaysListable() {
    repository.create(pendingJob("job", 0, at(0)));
    storeCheckpointText("job", "{\"time\":12.5}");

    assertThat(repository.get("job").orElseThrow().checkpoint()).isNull();
    assertThat(repository.list(null, null, ALL)).hasSize(1);
  }

  @Test
  void givenRunningJobWithCheckpoint_whenRequeued_thenItIsPendingAndTheNextClaimResumesIt() {
    repository.create(pendingJob("job", 0, at(0)));
    repository.claimNext("w1", at(1));
    repository.updateProgress("job", 40, 400, 390, AFTER_THREE_PAGES, at(2));

    assertThat(repository.requeue("job", at(3))).isTrue();
    BackfillJob pending = repository.get("job").orElseThrow();
    assertThat(pending.status()).isEqualTo(BackfillStatus.PENDING);
    assertThat(pending.claimedBy()).isNull();
    assertThat(pending.updatedAt()).isEqualTo(at(3));

    BackfillJob resumed = repository.claimNext("w2", at(4)).orElseThrow();
    assertThat(resumed.jobId()).isEqualTo("job");
    assertThat(resumed.claimedBy()).isEqualTo("w2");
    assertThat(resumed.attempts()).isEqualTo(2);
    assertThat(resumed.checkpoint()).isEqualTo(AFTER_THREE_PAGES);
    assertThat(resumed.progress()).isEqualTo(40);
    assertThat(resumed.recordsFetched()).isEqualTo(400);
    assertThat(resumed.recordsInserted()).isEqualTo(390);
  }

  @Test
  void givenJobNotRunning_whenRequeued_thenItIsRefused() {
    repository.create(pendingJob("finished", 1, at(0)));
    repository.create(pendingJob("waiting", 0, at(1)));
    repository.claimNext("w", at(2));
    repository.finish("finished", BackfillStatus.COMPLETED, null, at(3));

    assertThat(repository.requeue("finished", at(4))).isFalse();
    assertThat(repository.requeue("waiting", at(4))).isFalse();
    assertThat(repository.requeue("unknown", at(4))).isFalse();
    assertThat(repository.get("finished").orElseThrow().status())
        .isEqualTo(BackfillStatus.COMPLETED);
    assertThat(repository.get("waiting").orElseThrow().updatedAt()).isEqualTo(at(1));
  }

  @Test
  void givenRunningJobsOfDeadAndLiveWorkers_whenStaleOnesAreRequeued_thenOnlyTheSilentOnesMove() {
    repository.create(pendingJob("silent", 2, at(0)));
    repository.create(pendingJob("busy", 1, at(0)));
    repository.create(pendingJob("waiting", 0, at(0)));
    repository.claimNext("dead", at(1));
    repository.claimNext("alive", at(1));
    repository.updateProgress("silent", 10, 100, 100, AFTER_THREE_PAGES, at(2));
    repository.updateProgress("busy", 10, 100, 100, null, at(20));

    List<String> requeued = repository.requeueStale(at(15), at(21));

    assertThat(requeued).containsExactly("silent");
    BackfillJob silent = repository.get("silent").orElseThrow();
    assertThat(silent.status()).isEqualTo(BackfillStatus.PENDING);
    assertThat(silent.claimedBy()).isNull();
    assertThat(silent.checkpoint()).isEqualTo(AFTER_THREE_PAGES);
    assertThat(repository.get("busy").orElseThrow().status()).isEqualTo(BackfillStatus.RUNNING);
    assertThat(repository.get("waiting").orElseThrow().status()).isEqualTo(BackfillStatus.PENDING);
    assertThat(repository.requeueStale(at(15), at(22))).isEmpty();
  }

  private Optional<String> claimedId(String worker) {
    return repository.claimNext(worker, at(10)).map(BackfillJob::jobId);
  }

  private static List<String> ids(List<BackfillJob> jobs) {
    return jobs.stream().map(BackfillJob::jobId).toList();
  }

  private void storeCheckpointText(String jobId, String text) {
    database
        .jdbi()
        .useHandle(
            handle ->
                handle
                    .createUpdate("UPDATE backfill_jobs SET checkpoint = :text WHERE job_id = :id")
                    .bind("text", text)
                    .bind("id", jobId)
                    .execute());
  }
}
