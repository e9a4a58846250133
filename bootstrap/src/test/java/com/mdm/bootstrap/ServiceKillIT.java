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
 * The service, as a child process, SIGKILLed while it is storing a stream of numbered aggregate
 * trades and started again: what it had read but not acknowledged is redelivered after the ack
 * wait, and every trade is stored exactly once.
 */
class ServiceKillIT {

  private static final int TRADES = 4_000;
  private static final Map<String, String> FAST_REDELIVERY = Map.of("NATS_ACK_WAIT", "8s");

  @TempDir Path dir;

  @Test
  void givenAServiceKilledMidBatchWhenStartedAgainThenEveryTradeIsStoredExactlyOnce()
      throws Exception {
    try (FaultScenario scenario = new FaultScenario(TestServices.natsUrl(), dir)) {
      Replica first = scenario.start("first", FAST_REDELIVERY);
      scenario.trades.publish(TRADES, 1_000);
      Await.until(
          "some but not all trades stored",
          Duration.ofSeconds(60),
          scenario::storedCount,
          n -> n >= TRADES / 4);

      first.kill();
      long storedAtKill = scenario.storedCount();
      assertThat(storedAtKill).as("stored when killed").isBetween(1L, TRADES - 1L);

      scenario.start("second", FAST_REDELIVERY);
      scenario.trades.awaitDone(Duration.ofSeconds(60));
      scenario.awaitSettled(Duration.ofSeconds(120));

      scenario.assertEachStoredOnce(TRADES);
    }
  }
}
