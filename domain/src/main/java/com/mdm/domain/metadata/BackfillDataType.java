package com.mdm.domain.metadata;

import com.mdm.domain.market.SeriesType;
import java.util.Arrays;
import java.util.Optional;

/** What a backfill job fetches from the exchange's REST API, and the series it fills. */
public enum BackfillDataType {
  CANDLES(SeriesType.CANDLES),
  AGG_TRADES(SeriesType.AGG_TRADES),
  FUNDING_RATES(SeriesType.FUNDING_RATES),
  MARK_PRICE_CANDLES(SeriesType.MARK_PRICE_CANDLES);

  private final SeriesType seriesType;

  BackfillDataType(SeriesType seriesType) {
    this.seriesType = seriesType;
  }

  /** The stored series a job of this type fills. */
  public SeriesType seriesType() {
    return seriesType;
  }

  /** Whether a job of this type names a timeframe: the candle types must, the others must not. */
  public boolean requiresTimeframe() {
    return seriesType.hasTimeframe();
  }

  /** The type that refills series of {@code type}; empty when REST has no history of it. */
  public static Optional<BackfillDataType> filling(SeriesType type) {
    return Arrays.stream(values()).filter(value -> value.seriesType == type).findFirst();
  }
}
