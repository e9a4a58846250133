package com.mdm.application.service.metadata;

import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.metadata.Dataset;
import java.time.Instant;

/** What the catalog says about a market-data series when it is first written. */
public final class DatasetDescriptions {

  static final String OWNER = "market-data-manager";
  static final String STORAGE = "mongodb";

  private DatasetDescriptions() {}

  /** The catalog entry of {@code key}, first registered at {@code now}. */
  public static Dataset of(SeriesKey key, Instant now) {
    String symbol = key.symbol().value();
    String what =
        (key.type().hasTimeframe() ? key.timeframe().code() + " " : "") + key.type().description();
    return new Dataset(
        key.datasetId(),
        symbol + " " + what,
        "Binance USD-M futures " + what + " of " + symbol,
        key.type().datasetPrefix(),
        "binance-usdm/" + key.type().datasetPrefix() + "/v1",
        STORAGE,
        key.collectionName(),
        key.symbol(),
        key.timeframe(),
        OWNER,
        key.type().hasTimeframe() ? key.timeframe().code() : "realtime",
        null,
        null,
        null,
        now,
        now);
  }
}
