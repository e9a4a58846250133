package com.mdm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mdm.testsupport.Await;
import com.mdm.testsupport.TcpProxy;
import com.mdm.testsupport.TestServices;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MongoDB stalled for 20 s under load (a proxy holds every byte, connections stay open) while the
 * service, a child process with a 512 MB heap, keeps receiving: nothing is acknowledged that is not
 * stored, what it holds in memory stays within its in-flight bound, and once the store answers
 * again every trade is stored exactly once.
 */
class StoreStallIT {

  private static final int TRADES = 8_000;
  private static final int MAX_IN_FLIGHT = 1_000;
  private static final Duration STALL = Duration.ofSeconds(20);

  @TempDir Path dir;

  @Test
  void givenTheStoreStalledUnderLoadWhenItAnswersAgainThenNothingWasAckedEarlyAndAllIsStored()
      throws Exception {
    try (TcpProxy mongo = TcpProxy.forMongoUri(TestServices.mongoUri());
        FaultScenario scenario = new FaultScenario(TestServices.natsUrl(), dir)) {
      Replica service =
          scenario.start(
              "service",
              Map.of(
                  "MONGODB_URI",
                  "mongodb://127.0.0.1:" + mongo.port() + "/",
                  "NATS_MAX_IN_FLIGHT",
                  String.valueOf(MAX_IN_FLIGHT),
                  "NATS_ACK_WAIT",
                  "30s"));
      scenario.trades.publish(TRADES, 1_000);
      Await.until(
          "some trades stored", Duration.ofSeconds(60), scenario::storedCount, n -> n >= 500);

      mongo.hold();
      AtomicLong heapPeak = new AtomicLong();
      await("acknowledged never ahead of stored, in-flight bounded, while the store stalls")
          .during(STALL)
          .atMost(STALL.plusSeconds(30))
          .pollInterval(Duration.ofSeconds(1))
          .until(() -> nothingAckedBeforeStored(scenario, service, heapPeak));
      long storedDuringStall = scenario.storedCount();
      assertThat(scenario.trades.published()).isGreaterThan(storedDuringStall);
      mongo.release();

      scenario.trades.awaitDone(Duration.ofSeconds(60));
      scenario.awaitSettled(Duration.ofSeconds(120));
      scenario.assertEachStoredOnce(TRADES);
      assertThat(service.process().isAlive()).isTrue();
      System.out.printf("heap used at most %d MiB during the stall%n", heapPeak.get() >> 20);
    }
  }

  /** Reads acknowledgements first and the store second: the store only grows in between. */
  private static boolean nothingAckedBeforeStored(
      FaultScenario scenario, Replica service, AtomicLong heapPeak) {
    ConsumerState consumer = scenario.consumer();
    double acknowledged = service.acknowledged();
    double inFlight = ServiceMetrics.sum(service.apiPort(), "mdm_ingest_inflight");
    double heap = ServiceMetrics.sum(service.apiPort(), "jvm_memory_used_bytes", "area=\"heap\"");
    Set<Long> stored = new HashSet<>(scenario.storedIds());
    heapPeak.accumulateAndGet((long) heap, Math::max);
    // stream sequence n carries trade n-1: ids are published in order, once each
    long ackedIds = consumer.ackFloorStreamSequence();
    long storedBelowFloor = stored.stream().filter(id -> id < ackedIds).count();
    return service.process().isAlive()
        && storedBelowFloor == ackedIds
        && acknowledged >= 0
        && acknowledged <= stored.size()
        && inFlight <= MAX_IN_FLIGHT;
  }
}
