package com.mdm.testsupport.fake;

import static com.mdm.testsupport.fake.Millis.floor;

import com.mdm.domain.metadata.AuditLogEntry;
import com.mdm.domain.metadata.AuditLogQuery;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.out.AuditLogRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The audit log in memory, kept as the Jdbi repository keeps it: increasing ids, times to the
 * millisecond, listed newest first.
 */
public final class InMemoryAuditLogRepository implements AuditLogRepository {

  private static final Comparator<AuditLogEntry> NEWEST_FIRST =
      Comparator.comparing(AuditLogEntry::timestamp)
          .thenComparing(AuditLogEntry::auditId)
          .reversed();

  private final AppendedRows<AuditLogEntry> entries = new AppendedRows<>();

  @Override
  public AuditLogEntry append(AuditLogEntry entry) {
    Objects.requireNonNull(entry, "entry must not be null");
    return entries.append(
        id ->
            new AuditLogEntry(
                id,
                entry.datasetId(),
                entry.symbol(),
                entry.auditType(),
                entry.severity(),
                entry.details(),
                floor(entry.timestamp())));
  }

  @Override
  public List<AuditLogEntry> list(AuditLogQuery query, PageRequest page) {
    Objects.requireNonNull(query, "query must not be null");
    Objects.requireNonNull(page, "page must not be null");
    return entries.select(matching(query), NEWEST_FIRST, page);
  }

  /** Every entry of {@code auditType} in the order appended: what a test looks at. */
  public List<AuditLogEntry> ofType(String auditType) {
    return all().stream().filter(e -> e.auditType().equals(auditType)).toList();
  }

  /** Every entry in the order appended. */
  public List<AuditLogEntry> all() {
    return entries.all();
  }

  private static Predicate<AuditLogEntry> matching(AuditLogQuery query) {
    Instant from = floor(query.from());
    Instant to = floor(query.to());
    return e ->
        (query.datasetId() == null || query.datasetId().equals(e.datasetId()))
            && (query.symbol() == null || query.symbol().equals(e.symbol()))
            && (query.auditType() == null || query.auditType().equals(e.auditType()))
            && (query.severity() == null || query.severity() == e.severity())
            && (from == null || !e.timestamp().isBefore(from))
            && (to == null || e.timestamp().isBefore(to));
  }
}
