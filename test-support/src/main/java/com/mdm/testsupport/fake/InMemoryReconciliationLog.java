package com.mdm.testsupport.fake;

import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.metadata.ReconciliationFinding;
import com.mdm.domain.port.out.ReconciliationLog;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The reconciliation findings in memory, numbered and ordered as the Jdbi log keeps them. */
public final class InMemoryReconciliationLog implements ReconciliationLog {

  private static final Comparator<ReconciliationFinding> NEWEST_FIRST =
      Comparator.comparing(ReconciliationFinding::openTime)
          .thenComparing(ReconciliationFinding::findingId)
          .reversed();

  private final AppendedRows<ReconciliationFinding> rows = new AppendedRows<>();

  @Override
  public ReconciliationFinding append(ReconciliationFinding finding) {
    Objects.requireNonNull(finding, "finding must not be null");
    return rows.append(finding::withId);
  }

  @Override
  public List<ReconciliationFinding> list(
      String datasetId, Instant from, Instant to, PageRequest page) {
    Objects.requireNonNull(page, "page must not be null");
    return rows.select(
        f ->
            (datasetId == null || datasetId.equals(f.datasetId()))
                && (from == null || !f.openTime().isBefore(from))
                && (to == null || f.openTime().isBefore(to)),
        NEWEST_FIRST,
        page);
  }

  /** Every finding in the order appended: what a test looks at. */
  public List<ReconciliationFinding> all() {
    return rows.all();
  }
}
