package com.mdm.application.service.metadata;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.port.out.SeriesRepository;
import com.mdm.domain.port.out.SeriesStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A series' coverage as the store has it now: first and last series time and record count.
 *
 * @param first the earliest series time stored
 * @param last the latest series time stored
 * @param count how many records are stored
 */
public record DatasetCoverage(Instant first, Instant last, long count) {

  /** Measures {@code key} in the store; empty when it holds nothing of it. */
  public static Optional<DatasetCoverage> measure(SeriesStore series, SeriesKey key) {
    SeriesRepository<? extends MarketEvent> repository = series.repository(key.type());
    List<? extends MarketEvent> first =
        repository.range(key, TimeRange.all(), 1, SortOrder.ASCENDING);
    List<? extends MarketEvent> last = repository.latest(key, 1);
    if (first.isEmpty() || last.isEmpty()) {
      return Optional.empty();
    }
    long count = repository.count(key, TimeRange.all());
    return Optional.of(
        new DatasetCoverage(first.get(0).seriesTime(), last.get(0).seriesTime(), count));
  }
}
