package com.mdm.application.service.backfill;

import com.mdm.domain.metadata.BackfillJob;
import com.mdm.domain.metadata.BackfillStatus;
import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.metadata.GapFate;
import com.mdm.domain.metadata.GapStatus;
import com.mdm.domain.port.in.ReauditGapUseCase;
import com.mdm.domain.port.out.DataGapRepository;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * Stands in for the auditor's re-audit of a gap in {@code gaps}: resolved when {@link #filled} says
 * its data is there, else unrecoverable after a finished repair, else still open; told the repair,
 * it sets the fate as the auditor does: backfilled by a completed job that filled the gap,
 * confirmed empty by one that did not, unrecoverable after failed repairs.
 */
final class ReauditStandIn implements ReauditGapUseCase {

  final List<String> reaudits = new CopyOnWriteArrayList<>();
  volatile Predicate<DataGap> filled = gap -> false;
  private final DataGapRepository gaps;

  ReauditStandIn(DataGapRepository gaps) {
    this.gaps = gaps;
  }

  @Override
  public GapStatus reaudit(String gapId, boolean repairFinished) {
    reaudits.add(gapId + (repairFinished ? ":final" : ":again"));
    DataGap gap = gaps.get(gapId).orElseThrow();
    GapStatus status =
        filled.test(gap)
            ? GapStatus.RESOLVED
            : repairFinished ? GapStatus.UNRECOVERABLE : GapStatus.OPEN;
    gaps.updateStatus(gapId, status, gap.updatedAt());
    return status;
  }

  @Override
  public GapStatus reaudit(String gapId, BackfillJob repair, boolean last) {
    reaudits.add(gapId + (last ? ":final" : ":again"));
    DataGap gap = gaps.get(gapId).orElseThrow();
    boolean completed = repair != null && repair.status() == BackfillStatus.COMPLETED;
    GapFate fate;
    if (filled.test(gap)) {
      fate =
          completed
              ? GapFate.backfilled(repair.jobId(), repair.recordsInserted())
              : GapFate.filled();
    } else if (!last) {
      fate = GapFate.OPEN;
    } else {
      fate =
          completed
              ? GapFate.confirmedEmpty(repair.jobId(), repair.recordsInserted())
              : GapFate.unrecoverable(repair == null ? null : repair.jobId(), "repairs failed");
    }
    gaps.updateFate(gapId, fate, gap.updatedAt());
    return fate.status();
  }
}
