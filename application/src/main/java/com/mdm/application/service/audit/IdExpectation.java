package com.mdm.application.service.audit;

import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.Trade;
import com.mdm.domain.metadata.MissingRange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An hour of (aggregate) trades should hold every id from the one after the last id before the hour
 * to its own last id; ids skipped are missing, between the times of the trades around them. An hour
 * without trades proves nothing by ids.
 */
final class IdExpectation implements HourExpectation {

  private final List<MissingRange> missing = new ArrayList<>();
  private final Long idBefore;
  private Long firstId;
  private Long lastId;
  private Instant lastTime;

  /** {@code before} is the last trade before the hour, or null when there is none. */
  IdExpectation(MarketEvent before) {
    this.idBefore = before == null ? null : id(before);
    this.lastId = idBefore;
    this.lastTime = before == null ? null : before.seriesTime();
  }

  @Override
  public void accept(MarketEvent record) {
    long id = id(record);
    if (firstId == null) {
      firstId = id;
    }
    if (lastId != null && id > lastId + 1) {
      missing.add(
          new MissingRange(lastTime, record.seriesTime(), id - lastId - 1, lastId + 1, id - 1));
    }
    if (lastId == null || id > lastId) {
      lastId = id;
      lastTime = record.seriesTime();
    }
  }

  @Override
  public Long expected(long present) {
    if (firstId == null) {
      return null;
    }
    long from = idBefore == null ? firstId : Math.min(firstId, idBefore + 1);
    return lastId - from + 1;
  }

  @Override
  public List<MissingRange> missing() {
    return List.copyOf(missing);
  }

  private static long id(MarketEvent record) {
    return switch (record) {
      case AggregateTrade trade -> trade.aggregateTradeId();
      case Trade trade -> trade.tradeId();
      default -> throw new IllegalArgumentException("no trade id in " + record);
    };
  }
}
