package com.mdm.application.service.backfill;

import com.mdm.domain.market.Symbol;
import com.mdm.domain.metadata.BackfillDataType;
import com.mdm.domain.metadata.BackfillJob;
import com.mdm.domain.metadata.BackfillStatus;
import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.metadata.GapCause;
import com.mdm.domain.metadata.GapStatus;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.in.BackfillRequest;
import com.mdm.domain.port.in.ReauditGapUseCase;
import com.mdm.domain.port.out.BackfillJobRepository;
import com.mdm.domain.port.out.DataGapRepository;
import java.lang.System.Logger.Level;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Turns open gaps found by the auditor into backfill jobs and, once a repair ends, has the gap
 * re-audited. A job carries its gap's id in its checkpoint; that link decides what happens next: a
 * gap with a pending or running repair waits, a completed repair is re-audited as final (resolved
 * or unrecoverable), a failed one is retried until {@code maxFailedJobsPerGap}, a cancelled one is
 * left as the operator decided. Only series that REST can refill (candles, mark-price candles,
 * aggregate trades, funding rates) and gaps of at least {@code minGap} are repaired; a gap before
 * the series' first stored record ({@code not_collected}) only when {@code repairHistory}. The
 * repair job decides the gap's fate: backfilled, or confirmed empty when it completed and data is
 * still missing.
 */
public final class AutoRepairService implements BackfillJobListener, AutoCloseable {

  private static final System.Logger LOG = System.getLogger(AutoRepairService.class.getName());

  private final DataGapRepository gaps;
  private final BackfillJobRepository jobs;
  private final ManageBackfillJobsService service;
  private final ReauditGapUseCase reaudit;
  private final AutoRepairSettings settings;
  private final ScheduledExecutorService scheduler;

  public AutoRepairService(
      DataGapRepository gaps,
      BackfillJobRepository jobs,
      ManageBackfillJobsService service,
      ReauditGapUseCase reaudit,
      AutoRepairSettings settings) {
    this.gaps = Objects.requireNonNull(gaps, "gaps must not be null");
    this.jobs = Objects.requireNonNull(jobs, "jobs must not be null");
    this.service = Objects.requireNonNull(service, "service must not be null");
    this.reaudit = Objects.requireNonNull(reaudit, "reaudit must not be null");
    this.settings = Objects.requireNonNull(settings, "settings must not be null");
    this.scheduler =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "backfill-auto-repair");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Runs a round every {@code interval}, the first right away (ENABLE_AUTO_BACKFILL). */
  public void start() {
    scheduler.scheduleWithFixedDelay(
        this::roundQuietly, 0, settings.interval().toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }

  /** Looks at every open gap once. */
  public RepairRound repairOnce() {
    List<DataGap> open = openGaps();
    Map<Symbol, List<BackfillJob>> jobsBySymbol = new HashMap<>();
    int created = 0;
    int reaudited = 0;
    int skipped = 0;
    for (DataGap gap : open) {
      Optional<BackfillDataType> dataType = BackfillSeries.dataTypeOf(gap.series().type());
      if (created >= settings.maxJobsPerRound()
          || dataType.isEmpty()
          || (gap.cause() == GapCause.NOT_COLLECTED && !settings.repairHistory())
          || gap.duration().compareTo(settings.minGap()) < 0) {
        skipped++;
        continue;
      }
      List<BackfillJob> repairs =
          jobsBySymbol.computeIfAbsent(gap.series().symbol(), this::jobsOf).stream()
              .filter(job -> gap.gapId().equals(gapIdOf(job)))
              .toList();
      switch (GapRepairs.decide(repairs, settings.maxFailedJobsPerGap())) {
        case WAIT -> skipped++;
        case REAUDIT -> {
          reauditFinal(gap.gapId(), GapRepairs.deciding(repairs));
          reaudited++;
        }
        case REPAIR -> {
          if (queue(gap, dataType.get())) {
            created++;
          } else {
            skipped++;
          }
        }
      }
    }
    RepairRound round = new RepairRound(open.size(), created, reaudited, skipped);
    if (created + reaudited > 0) {
      LOG.log(Level.INFO, () -> "auto repair: " + round);
    }
    return round;
  }

  @Override
  public void onFinished(BackfillJob job) {
    String gapId = gapIdOf(job);
    if (gapId == null || job.status() == BackfillStatus.CANCELLED) {
      return;
    }
    boolean last =
        job.status() == BackfillStatus.COMPLETED
            || failedRepairs(job.symbol(), gapId) >= settings.maxFailedJobsPerGap();
    try {
      GapStatus status = reaudit.reaudit(gapId, job, last);
      LOG.log(
          Level.INFO,
          () -> "gap %s after backfill job %s: %s".formatted(gapId, job.jobId(), status));
    } catch (RuntimeException e) {
      // the next round re-audits a gap whose repair completed
      LOG.log(Level.WARNING, "re-audit of gap " + gapId + " failed", e);
    }
  }

  private boolean queue(DataGap gap, BackfillDataType dataType) {
    try {
      BackfillRequest request = GapRepairs.request(gap, dataType, settings.priority());
      ManageBackfillJobsService.Creation creation = service.createFor(request, gap.gapId());
      if (creation.created()) {
        LOG.log(
            Level.INFO,
            () ->
                "gap %s of %s [%s, %s): backfill job %s queued"
                    .formatted(
                        gap.gapId(), gap.series(), gap.start(), gap.end(), creation.job().jobId()));
      }
      return creation.created();
    } catch (IllegalArgumentException e) {
      LOG.log(Level.WARNING, () -> "gap " + gap.gapId() + " cannot be repaired: " + e.getMessage());
      return false;
    }
  }

  private void reauditFinal(String gapId, BackfillJob repair) {
    try {
      reaudit.reaudit(gapId, repair, true);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "re-audit of gap " + gapId + " failed", e);
    }
  }

  private long failedRepairs(Symbol symbol, String gapId) {
    return jobsOf(symbol).stream()
        .filter(job -> job.status() == BackfillStatus.FAILED && gapId.equals(gapIdOf(job)))
        .count();
  }

  private List<DataGap> openGaps() {
    return OpenGaps.all(gaps);
  }

  /** The most recent jobs of a symbol: enough to find the repairs of its open gaps. */
  private List<BackfillJob> jobsOf(Symbol symbol) {
    return jobs.list(null, symbol, PageRequest.first(PageRequest.MAX_LIMIT));
  }

  private static String gapIdOf(BackfillJob job) {
    return job.checkpoint() == null ? null : job.checkpoint().gapId();
  }

  private void roundQuietly() {
    try {
      repairOnce();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "auto repair round failed; trying again in " + settings.interval(), e);
    }
  }
}
