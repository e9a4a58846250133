package com.mdm.adapter.in.http;

import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.metadata.GapStatus;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.out.DataGapRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for the gap repository, whose implementation arrives with the auditor branch: gaps in a
 * map, listed newest first.
 */
final class FakeDataGapRepository implements DataGapRepository {

  private final Map<String, DataGap> gaps = new ConcurrentHashMap<>();

  @Override
  public boolean upsert(DataGap gap) {
    return gaps.put(gap.gapId(), gap) == null;
  }

  @Override
  public Optional<DataGap> get(String gapId) {
    return Optional.ofNullable(gaps.get(gapId));
  }

  @Override
  public List<DataGap> list(String datasetId, GapStatus status, PageRequest page) {
    return gaps.values().stream()
        .filter(gap -> datasetId == null || gap.datasetId().equals(datasetId))
        .filter(gap -> status == null || gap.status() == status)
        .sorted(Comparator.comparing(DataGap::detectedAt).reversed())
        .skip(page.offset())
        .limit(page.limit())
        .toList();
  }

  @Override
  public boolean updateStatus(String gapId, GapStatus status, Instant now) {
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
