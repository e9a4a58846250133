package com.mdm.domain.metadata;

/**
 * Which gaps to list; a null field does not filter.
 *
 * @param fate the kind of fate, e.g. only the confirmed empty ones
 */
public record GapFilter(String datasetId, GapStatus status, GapCause cause, GapFate.Kind fate) {

  public static final GapFilter ALL = new GapFilter(null, null, null, null);

  /** Whether {@code gap} passes. */
  public boolean matches(DataGap gap) {
    return (datasetId == null || datasetId.equals(gap.datasetId()))
        && (status == null || status == gap.status())
        && (cause == null || cause == gap.cause())
        && (fate == null || fate == gap.fate().kind());
  }
}
