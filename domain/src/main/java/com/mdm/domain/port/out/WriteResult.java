package com.mdm.domain.port.out;

/**
 * Outcome of a batch write: records newly written (inserted or updated) and records that were
 * already stored (duplicate keys, or updates older than what is stored).
 */
public record WriteResult(long written, long duplicates) {

  public WriteResult {
    if (written < 0 || duplicates < 0) {
      throw new IllegalArgumentException("counts must be >= 0");
    }
  }

  public static WriteResult empty() {
    return new WriteResult(0, 0);
  }

  public WriteResult plus(WriteResult other) {
    return new WriteResult(written + other.written, duplicates + other.duplicates);
  }
}
