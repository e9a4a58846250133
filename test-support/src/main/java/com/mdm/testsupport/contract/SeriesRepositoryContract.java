package com.mdm.testsupport.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.port.out.SeriesRepository;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SeriesRepository} must do for one series type, writes (from {@link
 * SeriesWritesContract}) and reads: a half-open range whose bounds may carry nanoseconds while
 * stored times are whole milliseconds, limits, latest, counts. One subclass per implementation and
 * series type.
 */
public abstract class SeriesRepositoryContract<T extends MarketEvent>
    extends SeriesWritesContract<T> {

  @Test
  void givenRecords_whenRangeIsQueried_thenFromIsIncludedAndToExcluded() throws Exception {
    List<T> records = records(0, 5);
    save(records);
    TimeRange range = TimeRange.of(records.get(1).seriesTime(), records.get(3).seriesTime());

    assertThat(repository.range(key(symbol), range, 10, SortOrder.ASCENDING))
        .containsExactly(records.get(1), records.get(2));
    assertThat(repository.range(key(symbol), range, 10, SortOrder.DESCENDING))
        .containsExactly(records.get(2), records.get(1));
  }

  @Test
  void givenBoundsCarryingNanosecondsWhenQueriedThenTheRangeStaysHalfOpen() throws Exception {
    List<T> records = records(0, 5);
    save(records);
    // a clock reading a fraction of a millisecond after a record's time: that record lies before
    TimeRange range =
        TimeRange.of(
            records.get(1).seriesTime().plusNanos(680_034),
            records.get(3).seriesTime().plusNanos(1));

    assertThat(repository.range(key(symbol), range, 10, SortOrder.ASCENDING))
        .containsExactly(records.get(2), records.get(3));
    assertThat(repository.count(key(symbol), range)).isEqualTo(2);
  }

  @Test
  void givenRecords_whenRangeIsLimited_thenTheFirstInTheRequestedOrderAreReturned()
      throws Exception {
    List<T> records = records(0, 5);
    save(records);

    assertThat(repository.range(key(symbol), TimeRange.all(), 2, SortOrder.ASCENDING))
        .containsExactly(records.get(0), records.get(1));
    assertThat(repository.range(key(symbol), TimeRange.all(), 2, SortOrder.DESCENDING))
        .containsExactly(records.get(4), records.get(3));
    assertThat(repository.range(key(symbol), TimeRange.all(), 0, SortOrder.ASCENDING)).isEmpty();
  }

  @Test
  void givenRecords_whenLatestIsQueried_thenNewestComeFirst() throws Exception {
    List<T> records = records(0, 4);
    save(List.of(records.get(2), records.get(0), records.get(3), records.get(1)));

    assertThat(repository.latest(key(symbol), 3))
        .containsExactly(records.get(3), records.get(2), records.get(1));
    assertThat(repository.latest(key(symbol), 10)).hasSize(4);
  }

  @Test
  void givenRecords_whenCounted_thenOnlyThoseInTheRangeCount() throws Exception {
    List<T> records = records(0, 6);
    save(records);

    TimeRange range = TimeRange.of(records.get(2).seriesTime(), records.get(5).seriesTime());
    assertThat(repository.count(key(symbol), range)).isEqualTo(3);
    assertThat(repository.count(key(symbol), TimeRange.all())).isEqualTo(6);
    assertThat(repository.count(key(SeriesSamples.freshSymbol()), TimeRange.all())).isZero();
  }

  @Test
  void givenKeyOfAnotherType_whenQueried_thenItIsRejected() {
    SeriesType other =
        sample().type() == SeriesType.LIQUIDATIONS ? SeriesType.DEPTH : SeriesType.LIQUIDATIONS;
    SeriesKey wrong = SeriesKey.of(other, symbol);

    assertThatThrownBy(() -> repository.latest(wrong, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(sample().type().name());
    assertThatThrownBy(
            () -> repository.range(key(symbol), TimeRange.all(), -1, SortOrder.ASCENDING))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
  }
}
