package com.mdm.application.service.backfill;

import com.mdm.domain.metadata.BackfillJob;
import com.mdm.domain.metadata.BackfillStatus;
import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.metadata.GapFate;
import com.mdm.domain.metadata.GapFilter;
import com.mdm.domain.metadata.GapStatus;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.in.ReauditGapUseCase;
import com.mdm.domain.port.out.DataGapRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Gaps in memory, and a stand-in for the auditor's re-audit: a gap is resolved when {@link #filled}
 * says its data is there, else unrecoverable after a finished repair, else still open.
 */
final class InMemoryGaps implements DataGapRepository, ReauditGapUseCase {

  private final Map<String, DataGap> gaps = new LinkedHashMap<>();
  final List<String> reaudits = new ArrayList<>();
  volatile Predicate<DataGap> filled = gap -> false;

  @Override
  public synchronized boolean upsert(DataGap gap) {
    return gaps.put(gap.gapId(), gap) == null;
  }

  @Override
  public synchronized Optional<DataGap> get(String gapId) {
    return Optional.ofNullable(gaps.get(gapId));
  }

  @Override
  public synchronized List<DataGap> list(GapFilter filter, PageRequest page) {
    return gaps.values().stream()
        .filter(filter::matches)
        .skip(page.offset())
        .limit(page.limit())
        .toList();
  }

  @Override
  public synchronized boolean updateFate(String gapId, GapFate fate, Instant now) {
    DataGap gap = gaps.get(gapId);
    if (gap == null) {
      return false;
    }
    gaps.put(gapId, gap.withFate(fate, now));
    return true;
  }

  @Override
  public synchronized GapStatus reaudit(String gapId, boolean repairFinished) {
    reaudits.add(gapId + (repairFinished ? ":final" : ":again"));
    DataGap gap = gaps.get(gapId);
    GapStatus status =
        filled.test(gap)
            ? GapStatus.RESOLVED
            : repairFinished ? GapStatus.UNRECOVERABLE : GapStatus.OPEN;
    updateStatus(gapId, status, gap.updatedAt());
    return status;
  }

  @Override
  public synchronized GapStatus reaudit(String gapId, BackfillJob repair, boolean last) {
    reaudits.add(gapId + (last ? ":final" : ":again"));
    DataGap gap = gaps.get(gapId);
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
    updateFate(gapId, fate, gap.updatedAt());
    return fate.status();
  }
}
