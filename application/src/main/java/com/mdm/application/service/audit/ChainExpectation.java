package com.mdm.application.service.audit;

import com.mdm.domain.market.DepthKind;
import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.OrderBookDepth;
import com.mdm.domain.metadata.MissingRange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An hour of diff depth is provably whole when each update's {@code pu} is the previous update's
 * {@code u}; a break shows updates missing, but not how many, so the hour's expected count is then
 * unknown.
 */
final class ChainExpectation implements HourExpectation {

  private final List<MissingRange> missing = new ArrayList<>();
  private Long lastFinal;
  private Instant lastTime;

  /** {@code before} is the last diff update before the hour, or null when there is none. */
  ChainExpectation(OrderBookDepth before) {
    if (before != null) {
      lastFinal = before.finalUpdateId();
      lastTime = before.eventTime();
    }
  }

  @Override
  public void accept(MarketEvent record) {
    OrderBookDepth event = (OrderBookDepth) record;
    if (event.kind() != DepthKind.DIFF || event.previousFinalUpdateId() == null) {
      return;
    }
    long previous = event.previousFinalUpdateId();
    if (lastFinal != null && previous != lastFinal) {
      boolean ids = previous > lastFinal;
      missing.add(
          new MissingRange(
              lastTime,
              event.eventTime(),
              null,
              ids ? lastFinal + 1 : null,
              ids ? previous : null));
    }
    lastFinal = event.finalUpdateId();
    lastTime = event.eventTime();
  }

  @Override
  public Long expected(long present) {
    return missing.isEmpty() ? present : null;
  }

  @Override
  public List<MissingRange> missing() {
    return List.copyOf(missing);
  }
}
