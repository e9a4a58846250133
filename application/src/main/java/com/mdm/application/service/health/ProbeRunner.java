package com.mdm.application.service.health;

import com.mdm.domain.port.out.HealthProbe;
import com.mdm.domain.port.out.ProbeResult;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs every probe at once, each on a virtual thread of its own, and answers within the timeout
 * whatever a probe does: one that has not answered by then, or that throws, counts as down.
 */
final class ProbeRunner {

  // A probe gets its own timeout to honour; past it plus this margin it is given up on.
  private static final Duration MARGIN = Duration.ofMillis(250);

  private final List<HealthProbe> probes;
  private final Duration timeout;

  ProbeRunner(List<HealthProbe> probes, Duration timeout) {
    this.probes = List.copyOf(probes);
    this.timeout = timeout;
  }

  List<ProbeResult> runAll() {
    List<CompletableFuture<ProbeResult>> results = probes.stream().map(this::start).toList();
    return results.stream().map(CompletableFuture::join).toList();
  }

  private CompletableFuture<ProbeResult> start(HealthProbe probe) {
    CompletableFuture<ProbeResult> result = new CompletableFuture<>();
    long started = System.nanoTime();
    Thread thread =
        Thread.ofVirtual()
            .name("health-probe-" + probe.name())
            .start(
                () -> {
                  try {
                    result.complete(probe.check(timeout));
                  } catch (RuntimeException e) {
                    result.complete(ProbeResult.down(probe.name(), elapsed(started), describe(e)));
                  }
                });
    long limit = timeout.plus(MARGIN).toMillis();
    return result
        .completeOnTimeout(
            ProbeResult.down(
                probe.name(), timeout, "no answer within " + timeout.toMillis() + " ms"),
            limit,
            TimeUnit.MILLISECONDS)
        .whenComplete((answer, failure) -> thread.interrupt());
  }

  private static Duration elapsed(long started) {
    return Duration.ofNanos(System.nanoTime() - started);
  }

  private static String describe(RuntimeException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
