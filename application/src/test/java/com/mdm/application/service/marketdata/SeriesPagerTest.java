package com.mdm.application.service.marketdata;

import static com.mdm.application.service.marketdata.Samples.BTC;
import static com.mdm.application.service.marketdata.Samples.trade;
import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.market.Trade;
import com.mdm.domain.port.in.SeriesPage;
import com.mdm.domain.port.out.SeriesRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesPagerTest {

  private static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");
  private static final SeriesKey TRADES = SeriesKey.of(SeriesType.TRADES, BTC);

  private final TiesInAnyOrder store = new TiesInAnyOrder();
  private final SeriesRepository<Trade> repository =
      store.repository(SeriesType.TRADES, Trade.class);

  /** Bursts of 1 to 9 trades per millisecond, some milliseconds empty: 120 trades in all. */
  private List<Trade> storeBursts() {
    List<Trade> trades = new ArrayList<>();
    long id = 1000;
    for (int ms = 0; trades.size() < 120; ms += 1 + ms % 3) {
      int burst = 1 + (ms * 7) % 9;
      for (int i = 0; i < burst && trades.size() < 120; i++) {
        trades.add(trade(id++, T0.plusMillis(ms)));
      }
    }
    store.add(trades);
    return trades;
  }

  @Test
  void pagingAscendingVisitsEveryTradeOnceInOrderWhateverThePageSize() {
    List<Long> expected = storeBursts().stream().map(Trade::tradeId).toList();

    for (int limit = 1; limit <= 13; limit++) {
      assertThat(ids(pageAll(limit, SortOrder.ASCENDING))).as("limit " + limit).isEqualTo(expected);
    }
  }

  @Test
  void pagingDescendingVisitsEveryTradeOnceInReverseOrder() {
    List<Long> expected = new ArrayList<>(storeBursts().stream().map(Trade::tradeId).toList());
    Collections.reverse(expected);

    for (int limit = 1; limit <= 13; limit++) {
      assertThat(ids(pageAll(limit, SortOrder.DESCENDING)))
          .as("limit " + limit)
          .isEqualTo(expected);
    }
  }

  @Test
  void theLastPageHasNoCursor() {
    storeBursts();

    SeriesPage<Trade> page =
        SeriesPager.page(repository, TRADES, TimeRange.all(), 500, SortOrder.ASCENDING, null);

    assertThat(page.records()).hasSize(120);
    assertThat(page.nextCursor()).isNull();
  }

  @Test
  void aPageEndingExactlyAtTheEndOfTheSeriesHasNoCursor() {
    storeBursts();

    SeriesPage<Trade> page =
        SeriesPager.page(repository, TRADES, TimeRange.all(), 120, SortOrder.ASCENDING, null);

    assertThat(page.records()).hasSize(120);
    assertThat(page.nextCursor()).isNull();
  }

  @Test
  void anEmptyRangeGivesAnEmptyPage() {
    storeBursts();

    SeriesPage<Trade> page =
        SeriesPager.page(
            repository,
            TRADES,
            TimeRange.of(T0.minusSeconds(10), T0),
            10,
            SortOrder.ASCENDING,
            null);

    assertThat(page.records()).isEmpty();
    assertThat(page.nextCursor()).isNull();
  }

  private List<Trade> pageAll(int limit, SortOrder order) {
    List<Trade> all = new ArrayList<>();
    PageCursor after = null;
    for (int pages = 0; pages < 1000; pages++) {
      SeriesPage<Trade> page =
          SeriesPager.page(repository, TRADES, TimeRange.all(), limit, order, after);
      assertThat(page.records().size()).isLessThanOrEqualTo(limit);
      all.addAll(page.records());
      if (page.nextCursor() == null) {
        return all;
      }
      after = PageCursor.decode(page.nextCursor(), TRADES.datasetId(), order);
    }
    throw new AssertionError("paging did not end");
  }

  private static List<Long> ids(List<? extends MarketEvent> trades) {
    return trades.stream().map(trade -> ((Trade) trade).tradeId()).toList();
  }
}
