package com.mdm.application.service.audit;

import com.mdm.domain.port.out.AuditLogRepository;
import com.mdm.domain.port.out.AuditMetrics;
import com.mdm.domain.port.out.CaptureLog;
import com.mdm.domain.port.out.CertificateRepository;
import com.mdm.domain.port.out.DataGapRepository;
import com.mdm.domain.port.out.DatasetRepository;
import com.mdm.domain.port.out.HealthMetricRepository;
import com.mdm.domain.port.out.LeaderLease;
import com.mdm.domain.port.out.SeriesStore;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The auditor: every {@code interval} after {@code startupDelay} it audits every target series,
 * {@code concurrency} at a time, but only while this instance holds the lease. The lease is renewed
 * (or, by a follower, tried) three times per lease period on a thread of its own, so a long cycle
 * never lets it lapse, and a follower takes over within a period of the leader stopping.
 */
public final class AuditService implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(AuditService.class.getName());
  private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);

  private final AuditSettings settings;
  private final LeaderLease lease;
  private final AuditMetrics metrics;
  private final Clock clock;
  private final AuditCycle cycle;
  private final ScheduledExecutorService leaseTimer;
  private final ScheduledExecutorService cycleTimer;
  private final ExecutorService workers;
  private volatile boolean leader;
  private boolean started;

  public AuditService(
      AuditSettings settings,
      SeriesStore series,
      DatasetRepository datasets,
      DataGapRepository gaps,
      AuditLogRepository auditLog,
      HealthMetricRepository healthMetrics,
      LeaderLease lease,
      AuditMetrics metrics,
      Clock clock) {
    this(settings, series, datasets, gaps, auditLog, healthMetrics, null, lease, metrics, clock);
  }

  /** As above, deciding gap causes from {@code captureLog} (null: causes mostly unknown). */
  public AuditService(
      AuditSettings settings,
      SeriesStore series,
      DatasetRepository datasets,
      DataGapRepository gaps,
      AuditLogRepository auditLog,
      HealthMetricRepository healthMetrics,
      CaptureLog captureLog,
      LeaderLease lease,
      AuditMetrics metrics,
      Clock clock) {
    this(
        settings,
        series,
        datasets,
        gaps,
        auditLog,
        healthMetrics,
        captureLog,
        null,
        null,
        lease,
        metrics,
        clock);
  }

  /**
   * As above, and certifying every closed hour of each series into {@code certificates} (null: no
   * certificates), then reconciling the certified 1m candle hours as {@code reconcile} says (null:
   * no reconciliation).
   */
  public AuditService(
      AuditSettings settings,
      SeriesStore series,
      DatasetRepository datasets,
      DataGapRepository gaps,
      AuditLogRepository auditLog,
      HealthMetricRepository healthMetrics,
      CaptureLog captureLog,
      CertificateRepository certificates,
      ReconciliationSetup reconcile,
      LeaderLease lease,
      AuditMetrics metrics,
      Clock clock) {
    this.settings = settings;
    this.lease = lease;
    this.metrics = metrics;
    this.clock = clock;
    this.cycle =
        AuditCycles.create(
            settings,
            series,
            datasets,
            gaps,
            auditLog,
            healthMetrics,
            captureLog,
            certificates,
            reconcile,
            metrics);
    this.leaseTimer =
        Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("audit-lease"));
    this.cycleTimer =
        Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("audit-timer"));
    this.workers =
        Executors.newFixedThreadPool(settings.concurrency(), DaemonThreads.named("audit-worker"));
    metrics.leader(false);
  }

  /** Starts competing for the lease and schedules the cycles. */
  public synchronized void start() {
    if (started) {
      throw new IllegalStateException("the auditor is already started");
    }
    started = true;
    long tick = Math.max(100, lease.period().toMillis() / 3);
    leaseTimer.scheduleWithFixedDelay(this::tickLease, 0, tick, TimeUnit.MILLISECONDS);
    cycleTimer.scheduleAtFixedRate(
        this::scheduledCycle,
        settings.startupDelay().toMillis(),
        settings.interval().toMillis(),
        TimeUnit.MILLISECONDS);
    LOG.log(
        Level.INFO,
        "auditor started: every {0} after {1}, lease period {2}",
        settings.interval(),
        settings.startupDelay(),
        lease.period());
  }

  /** Runs one cycle now when this instance holds the lease; otherwise does nothing. */
  public AuditReport runOnce() throws InterruptedException {
    if (!lease.isLeader()) {
      return AuditReport.notLeader();
    }
    return cycle.run(clock.instant(), workers, lease::isLeader);
  }

  /** Whether this instance held the lease at its last renewal. */
  public boolean isLeader() {
    return leader;
  }

  private void scheduledCycle() {
    try {
      AuditReport report = runOnce();
      if (report.audited() + report.failed() > 0) {
        LOG.log(
            Level.INFO,
            "audit cycle: {0} series audited, {1} failed, {2} gaps opened, {3} resolved in {4}",
            report.audited(),
            report.failed(),
            report.gapsOpened(),
            report.gapsResolved(),
            report.duration());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "audit cycle failed", e);
    }
  }

  private void tickLease() {
    boolean holds;
    try {
      holds = lease.isLeader() ? lease.renew() : lease.tryAcquire();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "auditor lease check failed: " + e.getMessage(), e);
      holds = false;
    }
    if (holds != leader) {
      LOG.log(Level.INFO, holds ? "auditor lease acquired" : "auditor lease lost");
    }
    leader = holds;
    metrics.leader(holds);
  }

  /** Stops the cycles, waits briefly for one under way, and gives the lease up. */
  @Override
  public void close() {
    cycleTimer.shutdownNow();
    leaseTimer.shutdownNow();
    workers.shutdownNow();
    try {
      cycleTimer.awaitTermination(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
      leaseTimer.awaitTermination(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
      workers.awaitTermination(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      lease.release();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "cannot release the auditor lease: " + e.getMessage(), e);
    }
    leader = false;
    metrics.leader(false);
  }
}
