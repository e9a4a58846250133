package com.mdm.domain.port.in;

import java.util.Objects;

/**
 * What one capture file brought to one dataset.
 *
 * @param received records decoded for it
 * @param written records stored (new, or replacing an older update)
 * @param duplicates records already stored
 */
public record DatasetImport(String datasetId, long received, long written, long duplicates) {

  public DatasetImport {
    Objects.requireNonNull(datasetId, "datasetId must not be null");
    if (received < 0 || written < 0 || duplicates < 0) {
      throw new IllegalArgumentException("counts must be >= 0");
    }
  }
}
