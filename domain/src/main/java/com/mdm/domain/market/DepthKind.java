package com.mdm.domain.market;

/** Whether a depth event is a diff update or a partial top-N snapshot. */
public enum DepthKind {
  DIFF,
  PARTIAL
}
