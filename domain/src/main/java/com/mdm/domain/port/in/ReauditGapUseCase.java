package com.mdm.domain.port.in;

import com.mdm.domain.metadata.BackfillJob;
import com.mdm.domain.metadata.GapStatus;

/** Checks a recorded gap again, after a repair, and records whether it is still missing data. */
public interface ReauditGapUseCase {

  /**
   * Re-examines the stored series over the gap's range and sets its status: {@code RESOLVED} when
   * nothing is missing any more, {@code UNRECOVERABLE} when {@code repairFinished} and data is
   * still missing, else {@code OPEN}. Returns the new status.
   */
  GapStatus reaudit(String gapId, boolean repairFinished);

  /**
   * Re-examines the gap after {@code repair} ended and sets its fate: backfilled by the job when
   * nothing is missing any more; when {@code last} and data is still missing, confirmed empty if
   * the job completed (the REST history has nothing there), else unrecoverable. Returns the new
   * status.
   */
  default GapStatus reaudit(String gapId, BackfillJob repair, boolean last) {
    return reaudit(gapId, last);
  }
}
