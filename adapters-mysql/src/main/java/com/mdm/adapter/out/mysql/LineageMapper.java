package com.mdm.adapter.out.mysql;

import static com.mdm.adapter.out.mysql.UtcTimes.stored;

import com.mdm.domain.metadata.LineageRecord;
import java.time.Duration;

/**
 * Converts between {@link LineageRecord} and its row; durations keep whole milliseconds, parameters
 * are {@link LineageParametersJson}.
 */
final class LineageMapper {

  private LineageMapper() {}

  static LineageRow toRow(LineageRecord record) {
    return new LineageRow(
        record.lineageId(),
        record.datasetId(),
        record.sourceDatasetId(),
        record.source(),
        record.transformation(),
        LineageParametersJson.write(record.parameters()),
        record.inputRecords(),
        record.outputRecords(),
        record.duplicateRecords(),
        record.deadLetters(),
        stored(record.rangeStart()),
        stored(record.rangeEnd()),
        record.duration().toMillis(),
        record.status(),
        record.errorMessage(),
        stored(record.timestamp()));
  }

  static LineageRecord toDomain(LineageRow row) {
    return new LineageRecord(
        row.lineageId(),
        row.datasetId(),
        row.sourceDatasetId(),
        row.source(),
        row.transformation(),
        LineageParametersJson.read(row.transformation(), row.parameters()),
        row.inputRecords(),
        row.outputRecords(),
        row.duplicateRecords(),
        row.deadLetters(),
        row.rangeStart(),
        row.rangeEnd(),
        Duration.ofMillis(row.durationMs()),
        row.status(),
        row.errorMessage(),
        row.recordedAt());
  }
}
