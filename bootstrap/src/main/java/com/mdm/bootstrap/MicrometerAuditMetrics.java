package com.mdm.bootstrap;

import com.mdm.domain.port.out.AuditMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Publishes the auditor's findings as Micrometer meters: {@code mdm.audit.health.score{dataset}}
 * (Prometheus {@code mdm_audit_health_score}), {@code mdm.audit.leader} (1 while this instance
 * holds the lease), {@code mdm.audit.cycle.duration} and {@code mdm.audit.series{outcome}}.
 */
final class MicrometerAuditMetrics implements AuditMetrics {

  private final MeterRegistry registry;
  private final Map<String, Score> scores = new ConcurrentHashMap<>();
  private final AtomicInteger leader = new AtomicInteger();

  @Inject
  MicrometerAuditMetrics(MeterRegistry registry) {
    this.registry = registry;
    Gauge.builder("mdm.audit.leader", leader, AtomicInteger::get)
        .description("1 while this instance holds the auditor's lease, else 0")
        .register(registry);
  }

  @Override
  public void healthScore(String datasetId, double score) {
    scores.computeIfAbsent(datasetId, this::register).value = score;
  }

  @Override
  public void leader(boolean leader) {
    this.leader.set(leader ? 1 : 0);
  }

  @Override
  public void cycleFinished(Duration duration, int seriesAudited, int seriesFailed) {
    Timer.builder("mdm.audit.cycle.duration").register(registry).record(duration);
    Counter.builder("mdm.audit.series")
        .tag("outcome", "audited")
        .register(registry)
        .increment(seriesAudited);
    Counter.builder("mdm.audit.series")
        .tag("outcome", "failed")
        .register(registry)
        .increment(seriesFailed);
  }

  private Score register(String datasetId) {
    Score score = new Score();
    Gauge.builder("mdm.audit.health.score", score, s -> s.value)
        .description("composite quality score of the dataset at the last audit, 0 to 100")
        .tag("dataset", datasetId)
        .register(registry);
    return score;
  }

  /** The gauge's value; the registry keeps only a weak reference, the map a strong one. */
  private static final class Score {
    volatile double value = Double.NaN;
  }
}
