package com.mdm.application.service.audit;

import com.mdm.domain.metadata.BackfillJob;
import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.metadata.GapStatus;
import com.mdm.domain.port.in.ReauditGapUseCase;
import com.mdm.domain.port.out.AuditLogRepository;
import com.mdm.domain.port.out.CaptureLog;
import com.mdm.domain.port.out.DataGapRepository;
import com.mdm.domain.port.out.SeriesStore;
import java.time.Clock;
import java.util.Objects;

/**
 * Checks one recorded gap again, typically after a backfill job repaired it, by scanning the gap's
 * own range (plus the tolerance) with the auditor's rules. Status changes are logged like the
 * auditor's.
 */
public final class ReauditGapService implements ReauditGapUseCase {

  private final DataGapRepository gaps;
  private final GapReaudit reaudit;
  private final Clock clock;

  public ReauditGapService(
      AuditSettings settings,
      SeriesStore series,
      DataGapRepository gaps,
      AuditLogRepository auditLog,
      Clock clock) {
    this(settings, series, gaps, auditLog, null, clock);
  }

  /** As above, deciding the cause of a gap found again from {@code captureLog} (may be null). */
  public ReauditGapService(
      AuditSettings settings,
      SeriesStore series,
      DataGapRepository gaps,
      AuditLogRepository auditLog,
      CaptureLog captureLog,
      Clock clock) {
    Objects.requireNonNull(settings, "settings must not be null");
    this.gaps = Objects.requireNonNull(gaps, "gaps must not be null");
    this.reaudit =
        new GapReaudit(
            settings,
            new SeriesAuditor(series, settings),
            new GapRecorder(gaps, auditLog, settings, captureLog));
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
  }

  @Override
  public GapStatus reaudit(String gapId, boolean repairFinished) {
    Objects.requireNonNull(gapId, "gapId must not be null");
    DataGap gap =
        gaps.get(gapId)
            .orElseThrow(() -> new IllegalArgumentException("gap '" + gapId + "' is unknown"));
    return reaudit.reaudit(gap, null, repairFinished, Millis.floor(clock.instant()));
  }

  @Override
  public GapStatus reaudit(String gapId, BackfillJob repair, boolean last) {
    Objects.requireNonNull(gapId, "gapId must not be null");
    DataGap gap =
        gaps.get(gapId)
            .orElseThrow(() -> new IllegalArgumentException("gap '" + gapId + "' is unknown"));
    return reaudit.reaudit(gap, repair, last, Millis.floor(clock.instant()));
  }
}
