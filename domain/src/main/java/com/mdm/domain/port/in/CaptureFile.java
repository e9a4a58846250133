package com.mdm.domain.port.in;

import java.time.Instant;
import java.util.Objects;

/**
 * A recorded capture file that was fed through ingest, for its lineage.
 *
 * @param source the source every ingest command of the file named, e.g. {@code import:x.jsonl}
 * @param name the file name as given
 * @param sizeBytes its size on disk (compressed, when it is)
 * @param lines lines read
 * @param rejectedLines lines that were refused in whole or in part
 */
public record CaptureFile(
    String source,
    String name,
    long sizeBytes,
    long lines,
    long rejectedLines,
    Instant started,
    Instant finished) {

  /** The ingest source naming a capture file's commands. */
  public static final String SOURCE_PREFIX = "import:";

  public CaptureFile {
    Objects.requireNonNull(source, "source must not be null");
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(started, "started must not be null");
    Objects.requireNonNull(finished, "finished must not be null");
    if (sizeBytes < 0 || lines < 0 || rejectedLines < 0 || rejectedLines > lines) {
      throw new IllegalArgumentException(
          "sizeBytes, lines and rejectedLines must be >= 0 and rejectedLines <= lines");
    }
  }

  /** The source of the commands of the file named {@code fileName}. */
  public static String sourceOf(String fileName) {
    return SOURCE_PREFIX + fileName;
  }

  /** Whether {@code source} names an imported capture file. */
  public static boolean isImportSource(String source) {
    return source != null && source.startsWith(SOURCE_PREFIX);
  }
}
