package com.mdm.domain.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.market.Trade;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class SeriesStoreTest {

  private static final SeriesRepository<MarketEvent> ANY =
      new SeriesRepository<>() {
        @Override
        public CompletableFuture<WriteResult> saveAll(List<MarketEvent> records) {
          return CompletableFuture.completedFuture(new WriteResult(records.size(), 0));
        }

        @Override
        public List<MarketEvent> range(SeriesKey key, TimeRange range, int limit, SortOrder order) {
          return List.of();
        }

        @Override
        public List<MarketEvent> latest(SeriesKey key, int limit) {
          return List.of();
        }

        @Override
        public long count(SeriesKey key, TimeRange range) {
          return 0;
        }
      };

  private final SeriesStore store = type -> ANY;

  @Test
  void givenATypeAndItsRecordClass_whenLookedUp_thenTheTypesRepositoryIsReturned() {
    assertThat(store.repository(SeriesType.TRADES, Trade.class)).isSameAs(ANY);
    assertThat(store.repository(SeriesType.AGG_TRADES, AggregateTrade.class)).isSameAs(ANY);
  }

  @Test
  void givenATypeAndAnotherTypesRecordClass_whenLookedUp_thenItIsRefusedNamingBoth() {
    assertThatThrownBy(() -> store.repository(SeriesType.TRADES, AggregateTrade.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("series of TRADES hold Trade, not AggregateTrade");
  }

  @Test
  void everySeriesTypeHoldsARecordClassOfItsOwn() {
    Set<Class<?>> classes = new java.util.HashSet<>();
    for (SeriesType type : EnumSet.allOf(SeriesType.class)) {
      assertThat(classes.add(type.recordType())).as(type.toString()).isTrue();
    }
  }
}
