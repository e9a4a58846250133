package com.mdm.testsupport.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mdm.domain.port.out.LeaderLease;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LeaderLease} must do: at most one holder at a time, kept by renewing, given up
 * at once by releasing, lost one period after its holder stops. The leases of one test share their
 * store, as replicas do; each test has a store of its own.
 */
public abstract class LeaderLeaseContract {

  private static final Duration POLL = Duration.ofMillis(50);

  /** A lease held, once taken, by {@code holder}, on the store of this test. */
  protected abstract LeaderLease lease(String holder) throws Exception;

  /** Stops {@code lease} as a crashed instance stops, renewing and releasing nothing. */
  protected void crash(LeaderLease lease) throws Exception {}

  @Test
  void givenTwoInstances_whenBothTryToLead_thenExactlyOneHoldsTheLeaseAndKeepsItByRenewing()
      throws Exception {
    LeaderLease first = lease("first");
    LeaderLease second = lease("second");

    assertThat(first.tryAcquire()).isTrue();
    assertThat(second.tryAcquire()).isFalse();

    Duration period = first.period();
    await("the first instance to keep the lease for two periods")
        .pollDelay(Duration.ZERO)
        .pollInterval(period.dividedBy(2))
        .during(period.multipliedBy(2))
        .atMost(period.multipliedBy(3))
        .until(() -> first.renew() && !second.tryAcquire());
    assertThat(first.isLeader()).isTrue();
    assertThat(second.isLeader()).isFalse();
  }

  @Test
  void givenALeaderThatReleases_whenTheOtherTries_thenItTakesOverAtOnce() throws Exception {
    LeaderLease first = lease("first");
    LeaderLease second = lease("second");
    first.tryAcquire();

    first.release();

    assertThat(first.isLeader()).isFalse();
    assertThat(second.tryAcquire()).isTrue();
    assertThat(first.tryAcquire()).isFalse();
  }

  @Test
  void
      givenALeaderThatStopsWithoutReleasing_whenTheLeaseExpires_thenTheOtherTakesOverWithinAPeriod()
          throws Exception {
    LeaderLease first = lease("first");
    LeaderLease second = lease("second");
    Duration period = first.period();
    assertThat(first.tryAcquire()).isTrue();
    long stopped = System.nanoTime();
    crash(first);

    await("the lease to stay taken for half a period")
        .pollInterval(POLL)
        .during(period.dividedBy(2))
        .atMost(period)
        .until(() -> !second.tryAcquire());
    await("the second instance to take the lease")
        .pollInterval(POLL)
        .atMost(period.plusSeconds(2))
        .until(second::tryAcquire);

    assertThat(Duration.ofNanos(System.nanoTime() - stopped)).isLessThan(period.plusSeconds(2));
    assertThat(first.isLeader()).isFalse();
  }

  @Test
  void givenALeaderWhoseLeaseWasTaken_whenItRenews_thenItLearnsItLostAndStepsDown()
      throws Exception {
    LeaderLease first = lease("first");
    LeaderLease second = lease("second");
    first.tryAcquire();

    await("the lease to lapse")
        .pollInterval(POLL)
        .atMost(first.period().plusSeconds(3))
        .until(second::tryAcquire);

    assertThat(first.renew()).isFalse();
    assertThat(first.isLeader()).isFalse();
    assertThat(second.isLeader()).isTrue();
  }

  @Test
  void givenTheSameHolderAgain_whenItTries_thenItKeepsItsOwnLease() throws Exception {
    LeaderLease first = lease("same");
    LeaderLease restarted = lease("same");
    LeaderLease other = lease("other");
    first.tryAcquire();

    assertThat(restarted.tryAcquire()).isTrue();
    assertThat(other.tryAcquire()).isFalse();
  }
}
