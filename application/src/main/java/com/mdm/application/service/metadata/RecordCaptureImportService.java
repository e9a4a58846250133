package com.mdm.application.service.metadata;

import com.mdm.application.service.BatchOutcome;
import com.mdm.application.service.IngestObserver;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.metadata.CaptureImportParameters;
import com.mdm.domain.metadata.LineageRecord;
import com.mdm.domain.port.in.CaptureFile;
import com.mdm.domain.port.in.DatasetImport;
import com.mdm.domain.port.in.RecordCaptureImportUseCase;
import com.mdm.domain.port.out.LineageRepository;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Accounts for imported capture files: collects what ingest wrote for each file's source, batch by
 * batch, and when the file is done writes one lineage record per dataset it filled (file name,
 * size, lines, records) and tells the importer what each dataset got.
 */
public final class RecordCaptureImportService
    implements RecordCaptureImportUseCase, IngestObserver {

  private final LineageRepository lineage;
  private final Map<String, Map<SeriesKey, WindowStats>> bySource = new ConcurrentHashMap<>();

  public RecordCaptureImportService(LineageRepository lineage) {
    this.lineage = lineage;
  }

  @Override
  public void written(SeriesKey key, BatchOutcome outcome) {
    if (CaptureFile.isImportSource(outcome.source())) {
      bySource
          .computeIfAbsent(outcome.source(), s -> new ConcurrentHashMap<>())
          .computeIfAbsent(key, k -> new WindowStats())
          .add(outcome);
    }
  }

  @Override
  public void rejected(String source, long sequence, int count) {}

  @Override
  public List<DatasetImport> fileImported(CaptureFile file) {
    Map<SeriesKey, WindowStats> stats = bySource.remove(file.source());
    List<DatasetImport> imports = new ArrayList<>();
    if (stats == null) {
      return imports;
    }
    List<SeriesKey> keys = new ArrayList<>(stats.keySet());
    keys.sort(Comparator.comparing(SeriesKey::datasetId));
    for (SeriesKey key : keys) {
      WindowStats s = stats.get(key);
      lineage.append(record(key, s, file));
      imports.add(new DatasetImport(key.datasetId(), s.records, s.written, s.duplicates));
    }
    return imports;
  }

  private static LineageRecord record(SeriesKey key, WindowStats stats, CaptureFile file) {
    CaptureImportParameters parameters =
        new CaptureImportParameters(
            key.collectionName(),
            file.name(),
            file.sizeBytes(),
            file.lines(),
            file.rejectedLines(),
            stats.firstSequence,
            stats.lastSequence);
    return new LineageRecord(
        null,
        key.datasetId(),
        null,
        file.source(),
        CaptureImportParameters.TRANSFORMATION,
        parameters,
        stats.records,
        stats.written,
        stats.duplicates,
        0,
        stats.firstTime,
        stats.lastTime,
        Duration.between(file.started(), file.finished()),
        "completed",
        null,
        file.finished());
  }
}
