package com.mdm.bootstrap;

import com.mdm.testsupport.Await;
import java.time.Duration;

/** One service child process of a {@link FaultScenario}, with its HTTP API port. */
record Replica(String name, ServiceProcess process, int apiPort) {

  /** Waits for {@code /health/readiness} to answer 200; fails at once if the process died. */
  void awaitReady() {
    Await.until(
        name + " ready",
        Duration.ofSeconds(120),
        () -> {
          if (!process.isAlive()) {
            throw new AssertionError(name + " exited:\n" + process.output());
          }
          var response = ServiceProcess.get(apiPort, "/health/readiness");
          return response == null ? -1 : response.statusCode();
        },
        status -> status == 200);
  }

  /** Events this replica stored and acknowledged, from its {@code /metrics}; -1 if unreachable. */
  double acknowledged() {
    return ServiceMetrics.sum(apiPort, "mdm_ingest_events_acknowledged_total");
  }

  /** SIGKILL: no shutdown hook, no flush, no acknowledgement of what it holds. */
  void kill() throws InterruptedException {
    process.kill();
  }
}
