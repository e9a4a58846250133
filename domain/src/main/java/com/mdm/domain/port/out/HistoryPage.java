package com.mdm.domain.port.out;

import com.mdm.domain.market.MarketEvent;
import java.util.List;
import java.util.Objects;

/**
 * One page of exchange history: the records, ascending by series time, and where the next page
 * starts.
 *
 * @param next the cursor of the following page; null once the requested range is exhausted
 */
public record HistoryPage<T extends MarketEvent>(List<T> records, HistoryCursor next) {

  public HistoryPage {
    records = List.copyOf(Objects.requireNonNull(records, "records must not be null"));
  }

  /** Whether nothing is left in the requested range after this page. */
  public boolean exhausted() {
    return next == null;
  }
}
