package com.mdm.bootstrap;

import com.mdm.domain.port.out.AuditMetrics;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The auditor's metrics, plus a span for each finished audit cycle, laid over the time it took (the
 * auditor reports a cycle when it ends, so the span is recorded then, with its real start).
 */
final class TracedAuditMetrics implements AuditMetrics {

  static final AttributeKey<Long> AUDITED = AttributeKey.longKey("mdm.audit.series_audited");
  static final AttributeKey<Long> FAILED = AttributeKey.longKey("mdm.audit.series_failed");

  private final AuditMetrics delegate;
  private final Tracer tracer;
  private final Clock clock;

  TracedAuditMetrics(AuditMetrics delegate, Tracer tracer) {
    this(delegate, tracer, Clock.systemUTC());
  }

  TracedAuditMetrics(AuditMetrics delegate, Tracer tracer, Clock clock) {
    this.delegate = delegate;
    this.tracer = tracer;
    this.clock = clock;
  }

  @Override
  public void healthScore(String datasetId, double score) {
    delegate.healthScore(datasetId, score);
  }

  @Override
  public void leader(boolean leader) {
    delegate.leader(leader);
  }

  @Override
  public void cycleFinished(Duration duration, int seriesAudited, int seriesFailed) {
    delegate.cycleFinished(duration, seriesAudited, seriesFailed);
    Instant end = clock.instant();
    Span span =
        tracer
            .spanBuilder("audit cycle")
            .setNoParent()
            .setStartTimestamp(end.minus(duration))
            .setAttribute(AUDITED, (long) seriesAudited)
            .setAttribute(FAILED, (long) seriesFailed)
            .startSpan();
    span.end(end);
  }
}
