package com.mdm.domain.port.in;

import com.mdm.domain.metadata.GapStatus;

/** Checks a recorded gap again, after a repair, and records whether it is still missing data. */
public interface ReauditGapUseCase {

  /**
   * Re-examines the stored series over the gap's range and sets its status: {@code RESOLVED} when
   * nothing is missing any more, {@code UNRECOVERABLE} when {@code repairFinished} and data is
   * still missing, else {@code OPEN}. Returns the new status.
   */
  GapStatus reaudit(String gapId, boolean repairFinished);
}
