package com.mdm.application.service.audit;

import com.mdm.application.service.MarketDataRepositories;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.metadata.GapStatus;
import com.mdm.domain.port.in.ReauditGapUseCase;
import com.mdm.domain.port.out.AuditLogRepository;
import com.mdm.domain.port.out.DataGapRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Checks one recorded gap again, typically after a backfill job repaired it, by scanning the gap's
 * own range (plus the tolerance) with the auditor's rules. Status changes are logged like the
 * auditor's.
 */
public final class ReauditGapService implements ReauditGapUseCase {

  private final AuditSettings settings;
  private final SeriesAuditor auditor;
  private final DataGapRepository gaps;
  private final GapRecorder recorder;
  private final Clock clock;

  public ReauditGapService(
      AuditSettings settings,
      MarketDataRepositories repositories,
      DataGapRepository gaps,
      AuditLogRepository auditLog,
      Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings must not be null");
    this.auditor = new SeriesAuditor(repositories, settings);
    this.gaps = Objects.requireNonNull(gaps, "gaps must not be null");
    this.recorder = new GapRecorder(gaps, auditLog, settings);
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
  }

  @Override
  public GapStatus reaudit(String gapId, boolean repairFinished) {
    Objects.requireNonNull(gapId, "gapId must not be null");
    DataGap gap =
        gaps.get(gapId)
            .orElseThrow(() -> new IllegalArgumentException("gap '" + gapId + "' is unknown"));
    TimeRange range =
        TimeRange.of(gap.start(), gap.end().plus(settings.gapTolerance()).plusMillis(1));
    List<DetectedGap> found = auditor.gaps(gap.series(), range);
    boolean missing = found.stream().anyMatch(other -> overlaps(gap, other));
    GapStatus status =
        !missing ? GapStatus.RESOLVED : repairFinished ? GapStatus.UNRECOVERABLE : GapStatus.OPEN;
    if (status != gap.status()) {
      Instant now = Millis.floor(clock.instant());
      recorder.change(gap, status, now);
    }
    return status;
  }

  /**
   * Whether a gap found now lies in the recorded one. Sequence gaps span from the record before a
   * break to the one after it, so only breaks inside that span count (a break just before or after
   * it is another gap); time gaps are half-open ranges that must intersect.
   */
  static boolean overlaps(DataGap recorded, DetectedGap found) {
    SeriesType type = recorded.series().type();
    boolean sequenced =
        type == SeriesType.AGG_TRADES || type == SeriesType.TRADES || type == SeriesType.DEPTH;
    if (sequenced) {
      return !found.start().isBefore(recorded.start()) && !found.end().isAfter(recorded.end());
    }
    return found.start().isBefore(recorded.end()) && found.end().isAfter(recorded.start());
  }
}
