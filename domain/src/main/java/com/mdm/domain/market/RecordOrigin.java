package com.mdm.domain.market;

import java.util.Objects;

/**
 * Where a stored record came from: live (the NATS subject and JetStream stream sequence), a
 * backfill job (its id), an imported capture file (its name and line), or a correction the auditor
 * made from a second source after reconciling (the source's name).
 *
 * @param source the subject, the job id, the file name or the correcting source
 * @param position the stream sequence (0 without JetStream) or the line; 0 for a backfill
 */
public record RecordOrigin(Kind kind, String source, long position) {

  /** The ways a record reaches the store. */
  public enum Kind {
    LIVE,
    BACKFILL,
    IMPORT,
    CORRECTION
  }

  /** Import sources name the file after this prefix, as ingest commands of an import do. */
  private static final String IMPORT_PREFIX = "import:";

  public RecordOrigin {
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(source, "source must not be null");
    if (position < 0) {
      throw new IllegalArgumentException("position must be >= 0 but was " + position);
    }
  }

  public static RecordOrigin live(String subject, long sequence) {
    return new RecordOrigin(Kind.LIVE, subject, sequence);
  }

  public static RecordOrigin backfill(String jobId) {
    return new RecordOrigin(Kind.BACKFILL, jobId, 0);
  }

  public static RecordOrigin imported(String file, long line) {
    return new RecordOrigin(Kind.IMPORT, file, line);
  }

  /** Replaced by the auditor with the record of {@code source} (e.g. {@code binance_rest}). */
  public static RecordOrigin correction(String source) {
    return new RecordOrigin(Kind.CORRECTION, source, 0);
  }

  /**
   * The origin of a record from an ingest command of {@code source} at {@code position}: an import
   * when the source names a capture file ({@code import:<file>}), else live.
   */
  public static RecordOrigin ofIngest(String source, long position) {
    return source.startsWith(IMPORT_PREFIX)
        ? imported(source.substring(IMPORT_PREFIX.length()), position)
        : live(source, position);
  }
}
