package com.mdm.application.service.backfill;

import com.mdm.domain.metadata.LineageRecord;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.out.LineageRepository;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Lineage records appended in memory. */
final class InMemoryLineage implements LineageRepository {

  final List<LineageRecord> records = new CopyOnWriteArrayList<>();

  @Override
  public LineageRecord append(LineageRecord record) {
    records.add(record);
    return record;
  }

  @Override
  public List<LineageRecord> listByDataset(String datasetId, PageRequest page) {
    return records.stream().filter(r -> r.datasetId().equals(datasetId)).toList();
  }
}
