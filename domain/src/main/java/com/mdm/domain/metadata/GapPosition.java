package com.mdm.domain.metadata;

/** Where a gap lies relative to the audited window and the records found in it. */
public enum GapPosition {
  /** Between the window's start and its first record, with no record before the window. */
  LEADING,
  /** Between two records (the first of which may lie before the window). */
  INTERIOR,
  /** Between the last record and the window's end. */
  TRAILING,
  /** The window holds no record and nothing precedes it. */
  WHOLE_WINDOW
}
