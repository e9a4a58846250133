package com.mdm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.testsupport.Await;
import com.mdm.testsupport.TestServices;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two replicas, child processes, on one durable consumer: both take a share of the load; one is
 * SIGKILLed mid-run and the other finishes it, with every trade stored exactly once.
 */
class ReplicaFailoverIT {

  private static final int TRADES = 5_000;
  // small pulls so that neither replica can take the whole backlog at once
  private static final Map<String, String> SHARING =
      Map.of("NATS_ACK_WAIT", "8s", "NATS_FETCH_BATCH", "20", "NATS_MAX_IN_FLIGHT", "100");

  @TempDir Path dir;

  @Test
  void givenTwoReplicasWhenOneIsKilledMidRunThenTheOtherFinishesAndEachTradeIsStoredOnce()
      throws Exception {
    try (FaultScenario scenario = new FaultScenario(TestServices.natsUrl(), dir)) {
      Replica doomed = scenario.start("doomed", SHARING);
      Replica survivor = scenario.start("survivor", SHARING);
      scenario.trades.publish(TRADES, 1_000);
      Await.until(
          "both replicas storing",
          Duration.ofSeconds(60),
          () -> Math.min(doomed.acknowledged(), survivor.acknowledged()),
          least -> least > 0);
      double doomedShare = doomed.acknowledged();

      doomed.kill();
      assertThat(scenario.storedCount()).as("stored when killed").isLessThan(TRADES);

      scenario.trades.awaitDone(Duration.ofSeconds(60));
      scenario.awaitSettled(Duration.ofSeconds(120));

      scenario.assertEachStoredOnce(TRADES);
      assertThat(doomedShare).as("acknowledged by the killed replica").isPositive();
      // at-least-once: a redelivered message is acknowledged again, so only the sign is exact
      assertThat(survivor.acknowledged()).as("acknowledged by the survivor").isPositive();
    }
  }
}
