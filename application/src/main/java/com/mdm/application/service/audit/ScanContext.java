package com.mdm.application.service.audit;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.port.out.SeriesRepository;
import com.mdm.domain.port.out.SeriesStore;
import java.time.Instant;
import java.util.List;

/** What every scan of one series needs: where to read, what to look at, where to count. */
record ScanContext(
    SeriesStore series,
    AuditSettings settings,
    SeriesKey key,
    TimeRange window,
    GapCollector gaps,
    ScanTally tally) {

  /** The repository of this series, which holds records of {@code recordType}. */
  <T extends MarketEvent> SeriesRepository<T> repository(Class<T> recordType) {
    return series.repository(key.type(), recordType);
  }

  /** A cursor over {@code range} of this series. */
  <T extends MarketEvent> SeriesWalk<T> cursor(SeriesRepository<T> repository, TimeRange range) {
    return new SeriesWalk<>(repository, key, range, settings.pageSize());
  }

  /** The last {@code limit} records before {@code time}, newest first. */
  <T extends MarketEvent> List<T> before(SeriesRepository<T> repository, Instant time, int limit) {
    if (!time.isAfter(Instant.EPOCH)) {
      return List.of();
    }
    return repository.range(key, TimeRange.of(Instant.EPOCH, time), limit, SortOrder.DESCENDING);
  }

  /** The last record before {@code time}, or null. */
  <T extends MarketEvent> T lastBefore(SeriesRepository<T> repository, Instant time) {
    List<T> found = before(repository, time, 1);
    return found.isEmpty() ? null : found.getFirst();
  }
}
