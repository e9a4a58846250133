package com.mdm.testsupport.contract;

import static com.mdm.testsupport.contract.MetadataSamples.BTC;
import static com.mdm.testsupport.contract.MetadataSamples.ETH;
import static com.mdm.testsupport.contract.MetadataSamples.T0;
import static com.mdm.testsupport.contract.MetadataSamples.at;
import static com.mdm.testsupport.contract.MetadataSamples.pendingJob;
import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;

/**
 * What every {@link BackfillJobRepository} must do, claiming under contention and requeueing the
 * jobs of dead workers included; what it does to one claimed job is in {@link
 * BackfillJobTransitionsContract}.
 */
public abstract class BackfillJobRepositoryContract extends BackfillJobTransitionsContract {

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
}
