package com.mdm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mdm.adapter.out.nats.NatsKvLeaderLease;
import com.mdm.adapter.out.nats.NatsLeaseSettings;
import com.mdm.application.service.audit.AuditService;
import com.mdm.application.service.audit.AuditSettings;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.testsupport.Await;
import com.mdm.testsupport.TestServices;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.nats.client.Connection;
import io.nats.client.Nats;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two auditor instances against the same NATS server: exactly one audits at a time, and when it
 * stops (cleanly or by losing its connection) the other takes over without a restart.
 */
class AuditorLeadershipIT {

  private static final Duration LEASE = Duration.ofSeconds(2);
  private static final AuditSettings SETTINGS =
      AuditSettings.defaults()
          .withSupportedPairs(List.of(Symbol.of("BTCUSDT")))
          .withSeries(EnumSet.of(SeriesType.CANDLES), List.of(Timeframe.HOUR_1))
          .withSchedule(Duration.ofMillis(200), Duration.ZERO);

  private final AuditorStores stores = new AuditorStores();
  private final List<Connection> connections = new ArrayList<>();
  private final List<AuditService> services = new ArrayList<>();
  private String bucket;

  /** One service instance with its own NATS connection and meters. */
  private record Instance(AuditService service, Connection nats, MeterRegistry meters) {

    double cycles() {
      var timer = meters.find("mdm.audit.cycle.duration").timer();
      return timer == null ? 0 : timer.count();
    }

    double leaderGauge() {
      return meters.get("mdm.audit.leader").gauge().value();
    }
  }

  @BeforeEach
  void uniqueBucket() {
    bucket = TestServices.uniqueName("lease");
  }

  @AfterEach
  void close() throws Exception {
    services.forEach(AuditService::close);
    try (Connection cleaner = Nats.connect(TestServices.natsUrl())) {
      cleaner.keyValueManagement().delete(bucket);
    } catch (io.nats.client.JetStreamApiException e) {
      // no instance got as far as creating it
    }
    for (Connection connection : connections) {
      connection.close();
    }
    stores.close();
  }

  private Instance start(String holder) throws Exception {
    Connection nats = Nats.connect(TestServices.natsUrl());
    connections.add(nats);
    MeterRegistry meters = new SimpleMeterRegistry();
    AuditService service =
        stores.auditor(
            SETTINGS,
            new NatsKvLeaderLease(nats, new NatsLeaseSettings(bucket, "auditor", LEASE, holder)),
            new MicrometerAuditMetrics(meters),
            Clock.systemUTC());
    services.add(service);
    service.start();
    return new Instance(service, nats, meters);
  }

  @Test
  void givenTwoInstances_thenExactlyOneAudits_andWhenItStopsTheOtherTakesOver() throws Exception {
    Instance a = start("instance-a");
    Instance b = start("instance-b");
    Await.until(
        "one instance to audit",
        Duration.ofSeconds(10),
        () -> a.cycles() + b.cycles(),
        n -> n >= 3);
    Instance leader = a.cycles() > 0 ? a : b;
    Instance follower = leader == a ? b : a;

    await("the other instance to stay a follower")
        .during(Duration.ofSeconds(1))
        .atMost(Duration.ofSeconds(2))
        .until(() -> follower.cycles() == 0 && !follower.service().isLeader());
    assertThat(follower.leaderGauge()).isZero();
    assertThat(leader.leaderGauge()).isEqualTo(1);

    long stopped = System.nanoTime();
    leader.service().close();
    Await.until(
        "the other instance to take over", LEASE.plusSeconds(3), follower::cycles, n -> n >= 1);
    assertThat(Duration.ofNanos(System.nanoTime() - stopped)).isLessThan(LEASE.plusSeconds(1));
    assertThat(follower.leaderGauge()).isEqualTo(1);
    assertThat(leader.leaderGauge()).isZero();
  }

  @Test
  void givenALeaderThatLosesNats_whenItsLeaseLapses_thenTheOtherTakesOver() throws Exception {
    Instance a = start("instance-a");
    Await.until("a to lead", Duration.ofSeconds(10), a.service()::isLeader, leads -> leads);
    Instance b = start("instance-b");

    long cut = System.nanoTime();
    a.nats().close();
    Await.until("b to take over", LEASE.multipliedBy(3), b.service()::isLeader, leads -> leads);
    Duration takeover = Duration.ofNanos(System.nanoTime() - cut);

    assertThat(takeover).isLessThan(LEASE.plus(LEASE.dividedBy(3)).plusSeconds(1));
    Await.until("a to step down", LEASE, a.service()::isLeader, leads -> !leads);
    double cyclesOfA = a.cycles();
    // a cycle under way when it stepped down may still finish, but no other starts
    await("a to audit no more")
        .during(Duration.ofMillis(900))
        .atMost(Duration.ofSeconds(2))
        .until(() -> a.cycles() <= cyclesOfA + 1);
    assertThat(b.cycles()).isPositive();
  }
}
