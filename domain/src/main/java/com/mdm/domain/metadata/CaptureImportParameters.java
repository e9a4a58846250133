package com.mdm.domain.metadata;

import java.util.Objects;

/**
 * The lineage parameters of one dataset filled from one imported capture file.
 *
 * @param collection where the series is stored
 * @param file the file name as given
 * @param sizeBytes its size on disk (compressed, when it is)
 * @param lines lines read from the file
 * @param rejectedLines lines that were refused in whole or in part
 * @param lineFirst the first line of the file that reached this dataset; 0 when none was known
 * @param lineLast the last line of the file that reached this dataset; 0 when none was known
 */
public record CaptureImportParameters(
    String collection,
    String file,
    long sizeBytes,
    long lines,
    long rejectedLines,
    long lineFirst,
    long lineLast)
    implements LineageParameters {

  /** The transformation of the lineage records these parameters belong to. */
  public static final String TRANSFORMATION = "capture-import";

  public CaptureImportParameters {
    Objects.requireNonNull(collection, "collection must not be null");
    Objects.requireNonNull(file, "file must not be null");
  }

  @Override
  public String transformation() {
    return TRANSFORMATION;
  }
}
