package com.mdm.adapter.out.mysql;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.mdm.domain.metadata.BackfillDataType;
import com.mdm.domain.metadata.BackfillParameters;
import com.mdm.domain.metadata.CaptureImportParameters;
import com.mdm.domain.metadata.DeadLetterParameters;
import com.mdm.domain.metadata.IngestParameters;
import com.mdm.domain.metadata.LineageParameters;
import java.time.Instant;

/**
 * The JSON of {@link LineageParameters} in {@code lineage_records.parameters}, one shape per
 * transformation; the row's transformation says which shape its text has.
 */
final class LineageParametersJson {

  record Ingest(
      String collection,
      @JsonProperty("window_start") String windowStart,
      @JsonProperty("window_end") String windowEnd,
      int batches,
      @JsonProperty("stream_sequence_first") long firstSequence,
      @JsonProperty("stream_sequence_last") long lastSequence) {}

  record DeadLetters(
      @JsonProperty("window_start") String windowStart,
      @JsonProperty("window_end") String windowEnd) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Backfill(
      String jobId,
      String endpoint,
      String symbol,
      BackfillDataType dataType,
      String interval,
      long pages,
      int attempts,
      String gapId) {}

  record CaptureImport(
      String collection,
      String file,
      @JsonProperty("size_bytes") long sizeBytes,
      long lines,
      @JsonProperty("rejected_lines") long rejectedLines,
      @JsonProperty("line_first") long lineFirst,
      @JsonProperty("line_last") long lineLast) {}

  private LineageParametersJson() {}

  static String write(LineageParameters parameters) {
    return JsonColumns.write(
        switch (parameters) {
          case IngestParameters p ->
              new Ingest(
                  p.collection(),
                  p.windowStart().toString(),
                  p.windowEnd().toString(),
                  p.batches(),
                  p.firstSequence(),
                  p.lastSequence());
          case DeadLetterParameters p ->
              new DeadLetters(p.windowStart().toString(), p.windowEnd().toString());
          case BackfillParameters p ->
              new Backfill(
                  p.jobId(),
                  p.endpoint(),
                  Codes.symbol(p.symbol()),
                  p.dataType(),
                  Codes.timeframe(p.timeframe()),
                  p.pages(),
                  p.attempts(),
                  p.gapId());
          case CaptureImportParameters p ->
              new CaptureImport(
                  p.collection(),
                  p.file(),
                  p.sizeBytes(),
                  p.lines(),
                  p.rejectedLines(),
                  p.lineFirst(),
                  p.lineLast());
        });
  }

  static LineageParameters read(String transformation, String text) {
    return switch (transformation) {
      case IngestParameters.TRANSFORMATION -> {
        Ingest json = JsonColumns.read(text, Ingest.class);
        yield new IngestParameters(
            json.collection(),
            Instant.parse(json.windowStart()),
            Instant.parse(json.windowEnd()),
            json.batches(),
            json.firstSequence(),
            json.lastSequence());
      }
      case DeadLetterParameters.TRANSFORMATION -> {
        DeadLetters json = JsonColumns.read(text, DeadLetters.class);
        yield new DeadLetterParameters(
            Instant.parse(json.windowStart()), Instant.parse(json.windowEnd()));
      }
      case BackfillParameters.TRANSFORMATION -> {
        Backfill json = JsonColumns.read(text, Backfill.class);
        yield new BackfillParameters(
            json.jobId(),
            json.endpoint(),
            Codes.symbol(json.symbol()),
            json.dataType(),
            Codes.timeframe(json.interval()),
            json.pages(),
            json.attempts(),
            json.gapId());
      }
      case CaptureImportParameters.TRANSFORMATION -> {
        CaptureImport json = JsonColumns.read(text, CaptureImport.class);
        yield new CaptureImportParameters(
            json.collection(),
            json.file(),
            json.sizeBytes(),
            json.lines(),
            json.rejectedLines(),
            json.lineFirst(),
            json.lineLast());
      }
      default ->
          throw new IllegalArgumentException(
              "lineage transformation '" + transformation + "' has no known parameters");
    };
  }
}
