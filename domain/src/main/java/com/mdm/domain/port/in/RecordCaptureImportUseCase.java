package com.mdm.domain.port.in;

import java.util.List;

/** Accounts for a capture file fed through ingest: a lineage record per dataset it filled. */
public interface RecordCaptureImportUseCase {

  /**
   * Called once every line of {@code file} was handed to ingest and every ingest future completed;
   * returns what each dataset received from it, in dataset order.
   */
  List<DatasetImport> fileImported(CaptureFile file);
}
