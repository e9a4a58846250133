package com.mdm.domain.metadata;

/** Offset pagination for metadata listings. */
public record PageRequest(int offset, int limit) {

  public static final int MAX_LIMIT = 1000;

  public PageRequest {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0 but was " + offset);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "limit must be between 1 and " + MAX_LIMIT + " but was " + limit);
    }
  }

  public static PageRequest first(int limit) {
    return new PageRequest(0, limit);
  }
}
