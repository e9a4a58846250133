package com.mdm.domain.metadata;

/** Whether a gap is still missing data, was filled, or cannot be filled. */
public enum GapStatus {
  OPEN,
  RESOLVED,
  UNRECOVERABLE
}
