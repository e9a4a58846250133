package com.mdm.adapter.out.nats;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.testsupport.Await;
import com.mdm.testsupport.TestServices;
import io.nats.client.Connection;
import io.nats.client.Nats;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two lease holders against a real NATS server, each on a connection of its own. */
class NatsKvLeaderLeaseIT {

  private static final Duration TTL = Duration.ofSeconds(2);

  private final List<Connection> connections = new ArrayList<>();
  private String bucket;

  @BeforeEach
  void uniqueBucket() {
    bucket = TestServices.uniqueName("lease");
  }

  @AfterEach
  void closeConnections() throws Exception {
    for (Connection connection : connections) {
      if (connection.getStatus() == Connection.Status.CONNECTED) {
        try {
          connection.keyValueManagement().delete(bucket);
        } catch (io.nats.client.JetStreamApiException e) {
          // the test never created it
        }
        break;
      }
    }
    for (Connection connection : connections) {
      connection.close();
    }
  }

  private NatsKvLeaderLease lease(String holder) throws Exception {
    Connection connection = Nats.connect(TestServices.natsUrl());
    connections.add(connection);
    return new NatsKvLeaderLease(connection, new NatsLeaseSettings(bucket, "auditor", TTL, holder));
  }

  @Test
  void givenTwoInstances_whenBothTryToLead_thenExactlyOneHoldsTheLeaseAndKeepsItByRenewing()
      throws Exception {
    NatsKvLeaderLease first = lease("first");
    NatsKvLeaderLease second = lease("second");

    assertThat(first.tryAcquire()).isTrue();
    assertThat(second.tryAcquire()).isFalse();

    for (int i = 0; i < 4; i++) {
      Thread.sleep(TTL.toMillis() / 2);
      assertThat(first.renew()).isTrue();
      assertThat(second.tryAcquire()).isFalse();
    }
    assertThat(first.isLeader()).isTrue();
    assertThat(second.isLeader()).isFalse();
  }

  @Test
  void givenALeaderThatReleases_whenTheOtherTries_thenItTakesOverAtOnce() throws Exception {
    NatsKvLeaderLease first = lease("first");
    NatsKvLeaderLease second = lease("second");
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
    NatsKvLeaderLease first = lease("first");
    NatsKvLeaderLease second = lease("second");
    assertThat(first.tryAcquire()).isTrue();
    long stopped = System.nanoTime();
    connections.getFirst().close();

    Await.until(
        "the second instance to take the lease",
        TTL.plusSeconds(2),
        second::tryAcquire,
        taken -> taken);

    Duration takeover = Duration.ofNanos(System.nanoTime() - stopped);
    assertThat(takeover).isBetween(TTL.dividedBy(2), TTL.plusSeconds(2));
    assertThat(first.isLeader()).isFalse();
  }

  @Test
  void givenALeaderWhoseLeaseWasTaken_whenItRenews_thenItLearnsItLostAndStepsDown()
      throws Exception {
    NatsKvLeaderLease first = lease("first");
    NatsKvLeaderLease second = lease("second");
    first.tryAcquire();
    Await.until("the lease to lapse", TTL.plusSeconds(3), second::tryAcquire, taken -> taken);

    assertThat(first.renew()).isFalse();
    assertThat(first.isLeader()).isFalse();
    assertThat(second.isLeader()).isTrue();
  }

  @Test
  void givenTheSameHolderAgain_whenItTries_thenItKeepsItsOwnLease() throws Exception {
    NatsKvLeaderLease first = lease("same");
    NatsKvLeaderLease restarted = lease("same");
    NatsKvLeaderLease other = lease("other");
    first.tryAcquire();

    assertThat(restarted.tryAcquire()).isTrue();
    assertThat(other.tryAcquire()).isFalse();
  }
}
