package com.mdm.domain.metadata;

import com.mdm.domain.market.Symbol;

/** Optional filters for listing datasets; a null field does not filter. */
public record DatasetFilter(String category, Symbol symbol, String storageType) {

  public static DatasetFilter none() {
    return new DatasetFilter(null, null, null);
  }
}
