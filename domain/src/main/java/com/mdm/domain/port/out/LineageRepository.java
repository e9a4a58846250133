package com.mdm.domain.port.out;

import com.mdm.domain.metadata.LineageRecord;
import com.mdm.domain.metadata.PageRequest;
import java.util.List;

/** Lineage of datasets: where their records came from. */
public interface LineageRepository {

  /** Appends the record and returns it with its id. */
  LineageRecord append(LineageRecord record);

  /** Records of the dataset, newest first. */
  List<LineageRecord> listByDataset(String datasetId, PageRequest page);
}
