package com.mdm.application.service.audit;

import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.metadata.BackfillJob;
import com.mdm.domain.metadata.BackfillStatus;
import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.metadata.GapFate;
import com.mdm.domain.metadata.GapStatus;
import java.time.Instant;
import java.util.List;

/**
 * Checks one recorded gap again by scanning the gap's own range (plus the tolerance) with the
 * auditor's rules, and sets its status from what is still missing; status changes are logged like
 * the auditor's.
 */
final class GapReaudit {

  private final AuditSettings settings;
  private final SeriesAuditor auditor;
  private final GapRecorder recorder;

  GapReaudit(AuditSettings settings, SeriesAuditor auditor, GapRecorder recorder) {
    this.settings = settings;
    this.auditor = auditor;
    this.recorder = recorder;
  }

  /**
   * The status {@code gap} has now: {@code RESOLVED} when nothing inside it is missing any more,
   * else {@code UNRECOVERABLE} when {@code repairFinished}, else {@code OPEN}. A change is stored
   * and logged at {@code now}.
   */
  GapStatus reaudit(DataGap gap, boolean repairFinished, Instant now) {
    return reaudit(gap, null, repairFinished, now);
  }

  /**
   * As above, with the fate told by {@code repair} (null: no repair known): backfilled by it when
   * nothing is missing any more; when {@code repairFinished} and data is still missing, confirmed
   * empty if it completed, else unrecoverable with its error.
   */
  GapStatus reaudit(DataGap gap, BackfillJob repair, boolean repairFinished, Instant now) {
    TimeRange range =
        TimeRange.of(gap.start(), gap.end().plus(settings.gapTolerance()).plusMillis(1));
    List<DetectedGap> found = auditor.gaps(gap.series(), range);
    boolean missing = found.stream().anyMatch(other -> overlaps(gap, other));
    GapFate fate = fate(missing, repair, repairFinished);
    if (fate.status() != gap.status() || (repair != null && !fate.equals(gap.fate()))) {
      recorder.settle(gap, fate, now);
    }
    return fate.status();
  }

  private static GapFate fate(boolean missing, BackfillJob repair, boolean finished) {
    boolean completed = repair != null && repair.status() == BackfillStatus.COMPLETED;
    if (!missing) {
      return completed
          ? GapFate.backfilled(repair.jobId(), repair.recordsInserted())
          : GapFate.filled();
    }
    if (!finished) {
      return GapFate.OPEN;
    }
    if (completed) {
      return GapFate.confirmedEmpty(repair.jobId(), repair.recordsInserted());
    }
    if (repair != null) {
      String error = repair.errorMessage() == null ? "no error given" : repair.errorMessage();
      return GapFate.unrecoverable(repair.jobId(), "its repairs failed: " + error);
    }
    return GapFate.unrecoverable(null, "data still missing after its repair");
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
