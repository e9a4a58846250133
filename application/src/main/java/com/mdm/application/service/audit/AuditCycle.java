package com.mdm.application.service.audit;

import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.port.out.AuditMetrics;
import com.mdm.domain.port.out.HealthMetricRepository;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

/**
 * One pass over every target series, at most {@code concurrency} at a time (the pool's size): scan,
 * record gaps, re-check the open gaps the window has left behind, store the health metric, publish
 * the score, certify the closed hours and reconcile the certified ones. One series failing does not
 * stop the others; losing the lease stops the series not yet started.
 */
final class AuditCycle {

  private static final System.Logger LOG = System.getLogger(AuditCycle.class.getName());

  private final AuditSettings settings;
  private final AuditTargets targets;
  private final SeriesAuditor auditor;
  private final GapRecorder recorder;
  private final LeftBehindGaps leftBehind;
  private final HealthMetricRepository healthMetrics;
  private final AuditMetrics metrics;
  private final HourCertificates certificates;
  private final HourReconciliations reconciliations;

  AuditCycle(
      AuditSettings settings,
      AuditTargets targets,
      SeriesAuditor auditor,
      GapRecorder recorder,
      LeftBehindGaps leftBehind,
      HealthMetricRepository healthMetrics,
      AuditMetrics metrics,
      HourCertificates certificates,
      HourReconciliations reconciliations) {
    this.settings = settings;
    this.targets = targets;
    this.auditor = auditor;
    this.recorder = recorder;
    this.leftBehind = leftBehind;
    this.healthMetrics = healthMetrics;
    this.metrics = metrics;
    this.certificates = certificates;
    this.reconciliations = reconciliations;
  }

  private enum Outcome {
    AUDITED,
    FAILED,
    SKIPPED
  }

  private record Result(Outcome outcome, GapRecorder.Changes changes) {}

  /** Audits every target as of {@code clockTime}, taken in whole milliseconds. */
  AuditReport run(Instant clockTime, ExecutorService pool, BooleanSupplier stillLeader)
      throws InterruptedException {
    long started = System.nanoTime();
    // series times are whole milliseconds; the clock may carry nanoseconds
    Instant now = Millis.floor(clockTime);
    TimeRange window = TimeRange.of(now.minus(settings.window()), now);
    List<SeriesKey> keys = targets.list();
    List<Callable<Result>> tasks = new ArrayList<>();
    for (SeriesKey key : keys) {
      tasks.add(() -> stillLeader.getAsBoolean() ? audit(key, window, now) : skipped());
    }
    List<SeriesKey> certifiable = new ArrayList<>();
    int audited = 0;
    int failed = 0;
    int skipped = 0;
    int opened = 0;
    int resolved = 0;
    List<Future<Result>> futures = pool.invokeAll(tasks);
    for (int i = 0; i < futures.size(); i++) {
      Result result = outcome(futures.get(i));
      switch (result.outcome()) {
        case AUDITED -> {
          audited++;
          certifiable.add(keys.get(i));
        }
        case FAILED -> failed++;
        case SKIPPED -> skipped++;
      }
      opened += result.changes().opened();
      resolved += result.changes().resolved();
    }
    // certificates after every series' gaps and health are recorded, so that the hours of slow
    // series never hold back the finding of a gap in another
    if (certificates != null) {
      List<Callable<Void>> certifying = new ArrayList<>();
      for (SeriesKey key : certifiable) {
        certifying.add(
            () -> {
              if (stillLeader.getAsBoolean()) {
                certify(key, window, now);
              }
              return null;
            });
      }
      pool.invokeAll(certifying);
    }
    Duration duration = Duration.ofNanos(System.nanoTime() - started);
    metrics.cycleFinished(duration, audited, failed);
    return new AuditReport(audited, failed, skipped, opened, resolved, duration);
  }

  private Result audit(SeriesKey key, TimeRange window, Instant now) {
    try {
      SeriesAudit audit = auditor.audit(key, window, now);
      GapRecorder.Changes found = recorder.record(audit);
      String datasetId = key.datasetId();
      int refilled =
          leftBehind.recheck(datasetId, recorder.openGaps(datasetId), window.from(), now);
      GapRecorder.Changes changes =
          new GapRecorder.Changes(found.opened(), found.resolved() + refilled);
      HealthScores scores = HealthScores.of(audit, settings.freshnessSla());
      healthMetrics.append(scores.toMetric(audit));
      metrics.healthScore(key.datasetId(), scores.quality());
      return new Result(Outcome.AUDITED, changes);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "audit of " + key + " failed: " + e.getMessage(), e);
      return new Result(Outcome.FAILED, new GapRecorder.Changes(0, 0));
    }
  }

  /** A failed certification leaves the audit of the series done: the next cycle tries again. */
  private void certify(SeriesKey key, TimeRange window, Instant now) {
    if (certificates == null) {
      return;
    }
    try {
      certificates.certify(key, window, now);
      if (reconciliations != null) {
        reconciliations.reconcile(key, window, now);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "certifying the hours of " + key + " failed: " + e.getMessage(), e);
    }
  }

  private static Result skipped() {
    return new Result(Outcome.SKIPPED, new GapRecorder.Changes(0, 0));
  }

  private static Result outcome(Future<Result> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      LOG.log(Level.WARNING, "audit task failed", e.getCause());
      return new Result(Outcome.FAILED, new GapRecorder.Changes(0, 0));
    }
  }
}
