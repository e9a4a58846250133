package com.mdm.application.service.backfill;

import com.mdm.domain.metadata.DataGap;
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
  public synchronized List<DataGap> list(String datasetId, GapStatus status, PageRequest page) {
    return gaps.values().stream()
        .filter(gap -> datasetId == null || gap.datasetId().equals(datasetId))
        .filter(gap -> status == null || gap.status() == status)
        .skip(page.offset())
        .limit(page.limit())
        .toList();
  }

  @Override
  public synchronized boolean updateStatus(String gapId, GapStatus status, Instant now) {
    DataGap gap = gaps.get(gapId);
    if (gap == null) {
      return false;
    }
    gaps.put(
        gapId,
        new DataGap(
            gap.gapId(),
            gap.series(),
            gap.start(),
            gap.end(),
            gap.expectedMissing(),
            gap.severity(),
            status,
            gap.details(),
            gap.detectedAt(),
            now));
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
}
