package com.mdm.application.service.audit;

import static com.mdm.application.service.audit.Records.BTC;
import static com.mdm.application.service.audit.Records.agg;
import static com.mdm.application.service.audit.Records.minute;
import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.TimeRange;
import com.mdm.testsupport.fake.InMemorySeriesStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesWalkTest {

  private static final SeriesKey AGG = SeriesKey.of(SeriesType.AGG_TRADES, BTC);

  private final InMemorySeriesStore store = new InMemorySeriesStore();
  private final CountedRanges<AggregateTrade> aggTrades =
      new CountedRanges<>(store.repository(SeriesType.AGG_TRADES, AggregateTrade.class));

  @Test
  void givenBurstsSharingOneMillisecond_whenWalkedInPagesOfTwo_thenEveryRecordComesOnceInOrder() {
    Instant t0 = minute(1);
    Instant t1 = t0.plusMillis(1);
    Instant t2 = t0.plusMillis(2);
    List<AggregateTrade> trades =
        List.of(
            agg(1, 1, 1, t0),
            agg(2, 2, 2, t0),
            agg(3, 3, 3, t0),
            agg(4, 4, 4, t0),
            agg(5, 5, 5, t0),
            agg(6, 6, 6, t1),
            agg(7, 7, 7, t2),
            agg(8, 8, 8, t2),
            agg(9, 9, 9, t2));
    store.add(trades);

    SeriesWalk<AggregateTrade> cursor =
        new SeriesWalk<>(aggTrades, AGG, TimeRange.of(minute(0), minute(2)), 2);
    List<Long> ids = new ArrayList<>();
    cursor.forEachRemaining(trade -> ids.add(trade.aggregateTradeId()));

    assertThat(ids).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
  }

  @Test
  void givenADayOfRecords_whenWalked_thenItIsReadInPagesNotAtOnce() {
    for (int i = 0; i < 1000; i++) {
      store.add(List.of(agg(i, i, i, minute(0).plusSeconds(i))));
    }

    SeriesWalk<AggregateTrade> cursor =
        new SeriesWalk<>(aggTrades, AGG, TimeRange.of(minute(0), minute(60)), 100);
    int count = 0;
    while (cursor.hasNext()) {
      cursor.next();
      count++;
    }

    assertThat(count).isEqualTo(1000);
    assertThat(aggTrades.rangeQueries.get()).isBetween(10, 12);
  }

  @Test
  void givenAnEmptyRange_whenWalked_thenThereIsNothing() {
    SeriesWalk<AggregateTrade> cursor =
        new SeriesWalk<>(aggTrades, AGG, TimeRange.of(minute(0), minute(1)), 10);

    assertThat(cursor.hasNext()).isFalse();
  }
}
