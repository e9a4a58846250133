package com.mdm.domain.port.out;

import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.metadata.ReconciliationFinding;
import java.time.Instant;
import java.util.List;

/** The reconciliation findings, append-only, kept beside the audit log. */
public interface ReconciliationLog {

  /** Appends the finding and returns it with its id. */
  ReconciliationFinding append(ReconciliationFinding finding);

  /**
   * Findings of {@code datasetId} (null: all) whose minute lies in {@code [from, to)} (a null bound
   * does not limit), newest minute first, then newest finding first.
   */
  List<ReconciliationFinding> list(String datasetId, Instant from, Instant to, PageRequest page);
}
