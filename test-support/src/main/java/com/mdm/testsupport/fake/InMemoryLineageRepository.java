package com.mdm.testsupport.fake;

import static com.mdm.testsupport.fake.Millis.floor;

import com.mdm.domain.metadata.LineageRecord;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.out.LineageRepository;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Lineage in memory, kept as the Jdbi repository keeps it: increasing ids, times and durations to
 * the millisecond, listed newest first.
 */
public final class InMemoryLineageRepository implements LineageRepository {

  private static final Comparator<LineageRecord> NEWEST_FIRST =
      Comparator.comparing(LineageRecord::timestamp)
          .thenComparing(LineageRecord::lineageId)
          .reversed();

  private final AppendedRows<LineageRecord> records = new AppendedRows<>();

  @Override
  public LineageRecord append(LineageRecord record) {
    Objects.requireNonNull(record, "record must not be null");
    return records.append(
        id ->
            new LineageRecord(
                id,
                record.datasetId(),
                record.sourceDatasetId(),
                record.source(),
                record.transformation(),
                record.parameters(),
                record.inputRecords(),
                record.outputRecords(),
                record.duplicateRecords(),
                record.deadLetters(),
                floor(record.rangeStart()),
                floor(record.rangeEnd()),
                Duration.ofMillis(record.duration().toMillis()),
                record.status(),
                record.errorMessage(),
                floor(record.timestamp())));
  }

  @Override
  public List<LineageRecord> listByDataset(String datasetId, PageRequest page) {
    Objects.requireNonNull(datasetId, "datasetId must not be null");
    Objects.requireNonNull(page, "page must not be null");
    return records.select(r -> r.datasetId().equals(datasetId), NEWEST_FIRST, page);
  }

  /** Every record appended, oldest first: what a test looks at after the fact. */
  public List<LineageRecord> all() {
    return records.all();
  }
}
