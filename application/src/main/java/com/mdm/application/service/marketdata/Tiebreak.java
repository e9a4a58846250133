package com.mdm.application.service.marketdata;

import com.mdm.domain.market.MarketEvent;
import java.util.Comparator;

/**
 * Orders records that share one series time by the rest of their natural key, so that a page can
 * end, and the next begin, between two records of the same millisecond.
 */
final class Tiebreak {

  private Tiebreak() {}

  /** The part of the natural key beside the series time; empty where the time alone is unique. */
  static String of(MarketEvent event) {
    return event.keyWithinTime();
  }

  /** Series time, then tiebreak, both ascending. */
  static Comparator<MarketEvent> ascending() {
    return Comparator.comparing(MarketEvent::seriesTime).thenComparing(Tiebreak::of);
  }
}
