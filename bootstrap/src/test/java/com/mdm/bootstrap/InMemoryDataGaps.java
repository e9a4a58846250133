package com.mdm.bootstrap;

import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.metadata.GapStatus;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.out.DataGapRepository;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Gaps in memory, standing in for the auditor's repository. */
final class InMemoryDataGaps implements DataGapRepository {

  private final Map<String, DataGap> gaps = new LinkedHashMap<>();

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
}
