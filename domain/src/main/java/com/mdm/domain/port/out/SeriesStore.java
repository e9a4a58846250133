package com.mdm.domain.port.out;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.SeriesType;
import java.util.Objects;

/** Where every market-data series is stored: one {@link SeriesRepository} per series type. */
public interface SeriesStore {

  /** The repository of the series of {@code type}, holding records of its record type. */
  SeriesRepository<? extends MarketEvent> repository(SeriesType type);

  /**
   * The repository of the series of {@code type}, typed by the record class it holds.
   *
   * @throws IllegalArgumentException when {@code recordType} is not the record type of {@code type}
   */
  default <T extends MarketEvent> SeriesRepository<T> repository(
      SeriesType type, Class<T> recordType) {
    Objects.requireNonNull(type, "type must not be null");
    if (type.recordType() != recordType) {
      throw new IllegalArgumentException(
          "series of "
              + type
              + " hold "
              + type.recordType().getSimpleName()
              + ", not "
              + (recordType == null ? "null" : recordType.getSimpleName()));
    }
    @SuppressWarnings("unchecked") // the pair is checked above, and each type has its own class
    SeriesRepository<T> typed = (SeriesRepository<T>) repository(type);
    return typed;
  }
}
