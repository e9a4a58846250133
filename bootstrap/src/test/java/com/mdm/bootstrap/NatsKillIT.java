package com.mdm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.testsupport.Await;
import com.mdm.testsupport.NatsServerProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A private {@code nats-server} SIGKILLed and restarted on the same port and store while the
 * service consumes numbered trades from it: the service reconnects by itself, its pull consumer
 * resumes, and every trade is stored exactly once.
 */
class NatsKillIT {

  private static final int TRADES = 4_000;

  @TempDir Path dir;

  @Test
  void givenNatsKilledUnderLoadWhenItRestartsThenTheServiceResumesAndLosesNothing()
      throws Exception {
    try (NatsServerProcess broker = NatsServerProcess.start(dir.resolve("nats"));
        FaultScenario scenario = new FaultScenario(broker.url(), dir)) {
      Replica service = scenario.start("service", Map.of("NATS_ACK_WAIT", "8s"));
      scenario.trades.publish(TRADES, 1_000);
      Await.until(
          "some trades stored",
          Duration.ofSeconds(60),
          scenario::storedCount,
          n -> n >= TRADES / 4);

      broker.kill();
      long storedWhileDown = scenario.storedCount();
      Await.until(
          "the service failing to reconnect four times (about four seconds down)",
          Duration.ofSeconds(60),
          () ->
              service.process().output().split("NATS connection nats: connection disconnected", -1),
          parts -> parts.length > 4);
      broker.restart();

      scenario.trades.awaitDone(Duration.ofSeconds(90));
      scenario.awaitSettled(Duration.ofSeconds(120));

      assertThat(storedWhileDown).as("stored when the broker was killed").isLessThan(TRADES);
      assertThat(service.process().isAlive()).as("the service survived").isTrue();
      assertThat(service.process().output())
          .contains("NATS connection nats: connection reconnected");
      scenario.assertEachStoredOnce(TRADES);
    }
  }
}
