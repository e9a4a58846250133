package com.mdm.domain.port.in;

/** What storing one message's events did: newly written records and ones already stored. */
public record IngestResult(long written, long duplicates) {

  public IngestResult {
    if (written < 0 || duplicates < 0) {
      throw new IllegalArgumentException("counts must be >= 0");
    }
  }

  public static IngestResult empty() {
    return new IngestResult(0, 0);
  }

  public IngestResult plus(IngestResult other) {
    return new IngestResult(written + other.written, duplicates + other.duplicates);
  }
}
