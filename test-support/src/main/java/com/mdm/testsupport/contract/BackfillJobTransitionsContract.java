package com.mdm.testsupport.contract;

import static com.mdm.testsupport.contract.MetadataSamples.at;
import static com.mdm.testsupport.contract.MetadataSamples.pendingJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mdm.domain.metadata.BackfillCheckpoint;
import com.mdm.domain.metadata.BackfillJob;
import com.mdm.domain.metadata.BackfillStatus;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.out.BackfillJobRepository;
import org.junit.jupiter.api.Test;

/**
 * What every {@link BackfillJobRepository} does to a job once claimed: progress, finishing,
 * cancelling and requeueing one. Part of {@link BackfillJobRepositoryContract}, which
 * implementations extend.
 */
public abstract class BackfillJobTransitionsContract
    extends RepositoryContract<BackfillJobRepository> {

  protected static final PageRequest ALL = PageRequest.first(100);
  protected static final BackfillCheckpoint AFTER_THREE_PAGES =
      new BackfillCheckpoint(at(-30), null, 3, null);

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
}
