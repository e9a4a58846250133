package com.mdm.testsupport.fake;

import static com.mdm.testsupport.fake.Millis.floor;

import com.mdm.domain.metadata.AuditLogEntry;
import com.mdm.domain.metadata.AuditLogQuery;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.out.AuditLogRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The audit log in memory, kept as the Jdbi repository keeps it: increasing ids, times to the
 * millisecond, listed newest first.
 */
public final class InMemoryAuditLogRepository implements AuditLogRepository {

  private static final Comparator<AuditLogEntry> NEWEST_FIRST =
      Comparator.comparing(AuditLogEntry::timestamp)
          .thenComparing(AuditLogEntry::auditId)
          .reversed();

  private final List<AuditLogEntry> entries = new ArrayList<>();

  @Override
  public synchronized AuditLogEntry append(AuditLogEntry entry) {
    Objects.requireNonNull(entry, "entry must not be null");
    AuditLogEntry stored =
        new AuditLogEntry(
            entries.size() + 1L,
            entry.datasetId(),
            entry.symbol(),
            entry.auditType(),
            entry.severity(),
            entry.details(),
            floor(entry.timestamp()));
    entries.add(stored);
    return stored;
  }

  @Override
  public synchronized List<AuditLogEntry> list(AuditLogQuery query, PageRequest page) {
    Objects.requireNonNull(query, "query must not be null");
    Objects.requireNonNull(page, "page must not be null");
    Instant from = floor(query.from());
    Instant to = floor(query.to());
    return entries.stream()
        .filter(e -> query.datasetId() == null || query.datasetId().equals(e.datasetId()))
        .filter(e -> query.symbol() == null || query.symbol().equals(e.symbol()))
        .filter(e -> query.auditType() == null || query.auditType().equals(e.auditType()))
        .filter(e -> query.severity() == null || query.severity() == e.severity())
        .filter(e -> from == null || !e.timestamp().isBefore(from))
        .filter(e -> to == null || e.timestamp().isBefore(to))
        .sorted(NEWEST_FIRST)
        .skip(page.offset())
        .limit(page.limit())
        .toList();
  }

  /** Every entry of {@code auditType} in the order appended: what a test looks at. */
  public synchronized List<AuditLogEntry> ofType(String auditType) {
    return entries.stream().filter(e -> e.auditType().equals(auditType)).toList();
  }

  /** Every entry in the order appended. */
  public synchronized List<AuditLogEntry> all() {
    return List.copyOf(entries);
  }
}
