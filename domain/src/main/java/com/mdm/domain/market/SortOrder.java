package com.mdm.domain.market;

/** Direction of a time-ordered query. */
public enum SortOrder {
  ASCENDING,
  DESCENDING
}
