package com.mdm.testsupport.contract;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.port.out.HistoryCursor;
import com.mdm.domain.port.out.HistoryPage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Follows the cursors of exchange history from a start until the range is exhausted. */
public final class HistoryWalk {

  private HistoryWalk() {}

  /** Every record of every page {@code fetch} returns, from the page at {@code start} on. */
  public static <T extends MarketEvent> List<T> all(
      HistoryCursor start, Function<HistoryCursor, HistoryPage<T>> fetch) {
    List<T> all = new ArrayList<>();
    HistoryCursor cursor = start;
    while (cursor != null) {
      HistoryPage<T> page = fetch.apply(cursor);
      all.addAll(page.records());
      cursor = page.next();
    }
    return all;
  }
}
