package com.mdm.domain.port.out;

import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.metadata.GapFate;
import com.mdm.domain.metadata.GapFilter;
import com.mdm.domain.metadata.GapStatus;
import com.mdm.domain.metadata.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Gaps found by the auditor, with their status over time. */
public interface DataGapRepository {

  /**
   * Records a gap; when one with the same id exists, updates its end, count, severity, details and
   * cause but keeps its detection time, status and fate. Returns true when the gap is new.
   */
  boolean upsert(DataGap gap);

  Optional<DataGap> get(String gapId);

  /** Gaps filtered by dataset and status (null does not filter), newest first. */
  default List<DataGap> list(String datasetId, GapStatus status, PageRequest page) {
    return list(new GapFilter(datasetId, status, null, null), page);
  }

  /** Gaps matching {@code filter}, newest first. */
  List<DataGap> list(GapFilter filter, PageRequest page);

  /** Sets the status, with the fate it stands for; returns false for an unknown id. */
  default boolean updateStatus(String gapId, GapStatus status, Instant now) {
    return updateFate(gapId, GapFate.of(status), now);
  }

  /** Sets the fate and the status it implies; returns false for an unknown id. */
  boolean updateFate(String gapId, GapFate fate, Instant now);
}
