package com.mdm.testsupport.fake;

import com.mdm.domain.market.FundingRate;
import com.mdm.domain.market.Kline;
import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.port.out.SeriesStore;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Every series in memory: an {@link InMemorySeriesRepository} per series type, klines and funding
 * rates replaced by later versions under the rules the MongoDB adapter applies.
 */
public final class InMemorySeriesStore implements SeriesStore {

  private final Map<SeriesType, InMemorySeriesRepository<?>> repositories =
      new EnumMap<>(SeriesType.class);

  public InMemorySeriesStore() {
    for (SeriesType type : SeriesType.values()) {
      repositories.put(type, create(type, type.recordType()));
    }
  }

  @Override
  public InMemorySeriesRepository<? extends MarketEvent> repository(SeriesType type) {
    return repositories.get(type);
  }

  @Override
  @SuppressWarnings("unchecked") // the default method checks the pair
  public <T extends MarketEvent> InMemorySeriesRepository<T> repository(
      SeriesType type, Class<T> recordType) {
    return (InMemorySeriesRepository<T>) SeriesStore.super.repository(type, recordType);
  }

  /** Stores each event in the repository of its type at once, as a test's given. */
  public InMemorySeriesStore add(List<? extends MarketEvent> events) {
    for (MarketEvent event : events) {
      add(event, event.seriesKey().type().recordType());
    }
    return this;
  }

  /** Every record stored, series type by type. */
  public List<MarketEvent> all() {
    List<MarketEvent> all = new ArrayList<>();
    repositories.values().forEach(repository -> all.addAll(repository.all()));
    return all;
  }

  private <T extends MarketEvent> void add(MarketEvent event, Class<T> recordType) {
    repository(event.seriesKey().type(), recordType)
        .saveAll(List.of(recordType.cast(event)))
        .join();
  }

  private static <T extends MarketEvent> InMemorySeriesRepository<T> create(
      SeriesType type, Class<T> recordType) {
    return new InMemorySeriesRepository<>(type, replaceRule(recordType));
  }

  /** Whether a record replaces the stored one of its key; null where records never change. */
  @SuppressWarnings("unchecked") // each rule is made for the record type it is returned for
  private static <T extends MarketEvent> BiPredicate<T, T> replaceRule(Class<T> recordType) {
    if (Kline.class.isAssignableFrom(recordType)) {
      BiPredicate<Kline, Kline> kline =
          (candidate, current) ->
              !current.closed()
                  && (candidate.closed() || candidate.eventTime().isAfter(current.eventTime()));
      return (BiPredicate<T, T>) (BiPredicate<?, ?>) kline;
    }
    if (recordType == FundingRate.class) {
      BiPredicate<FundingRate, FundingRate> funding =
          (candidate, current) -> candidate.eventTime().isAfter(current.eventTime());
      return (BiPredicate<T, T>) (BiPredicate<?, ?>) funding;
    }
    return null;
  }
}
