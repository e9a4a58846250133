package com.mdm.domain.port.out;

import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.metadata.GapStatus;
import com.mdm.domain.metadata.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Gaps found by the auditor, with their status over time. */
public interface DataGapRepository {

  /**
   * Records a gap; when one with the same id exists, updates its end, count, severity and details
   * but keeps its detection time and status. Returns true when the gap is new.
   */
  boolean upsert(DataGap gap);

  Optional<DataGap> get(String gapId);

  /** Gaps filtered by dataset and status (null does not filter), newest first. */
  List<DataGap> list(String datasetId, GapStatus status, PageRequest page);

  /** Sets the status; returns false for an unknown id. */
  boolean updateStatus(String gapId, GapStatus status, Instant now);
}
