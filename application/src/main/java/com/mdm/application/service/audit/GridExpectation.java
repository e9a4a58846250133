package com.mdm.application.service.audit;

import com.mdm.domain.market.Kline;
import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.MissingRange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A kline hour should hold one candle per open time of the grid that falls in the hour. */
final class GridExpectation implements HourExpectation {

  private final Timeframe timeframe;
  private final TimeRange hour;
  private final Set<Instant> opens = new HashSet<>();
  private Instant anchor;

  GridExpectation(Timeframe timeframe, TimeRange hour) {
    this.timeframe = timeframe;
    this.hour = hour;
  }

  @Override
  public void accept(MarketEvent record) {
    Instant open = ((Kline) record).openTime();
    opens.add(open);
    if (anchor == null) {
      anchor = open;
    }
  }

  @Override
  public Long expected(long present) {
    return (long) slots().size();
  }

  @Override
  public List<MissingRange> missing() {
    List<MissingRange> missing = new ArrayList<>();
    Instant start = null;
    Instant last = null;
    long count = 0;
    CandleGrid grid = CandleGrid.of(timeframe, anchor);
    for (Instant slot : slots()) {
      if (opens.contains(slot)) {
        if (start != null) {
          missing.add(MissingRange.ofTimes(start, grid.next(last), count));
          start = null;
        }
        continue;
      }
      if (start == null) {
        start = slot;
        count = 0;
      }
      last = slot;
      count++;
    }
    if (start != null) {
      missing.add(MissingRange.ofTimes(start, grid.next(last), count));
    }
    return missing;
  }

  private List<Instant> slots() {
    CandleGrid grid = CandleGrid.of(timeframe, anchor);
    Instant slot = grid.floor(hour.from());
    if (slot.isBefore(hour.from())) {
      slot = grid.next(slot);
    }
    List<Instant> slots = new ArrayList<>();
    for (; slot.isBefore(hour.to()); slot = grid.next(slot)) {
      slots.add(slot);
    }
    return slots;
  }
}
