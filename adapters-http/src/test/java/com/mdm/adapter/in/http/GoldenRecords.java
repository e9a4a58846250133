package com.mdm.adapter.in.http;

import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.Dataset;
import com.mdm.domain.metadata.HealthMetric;
import com.mdm.domain.metadata.PageRequest;
import java.time.Instant;
import java.util.List;

/** The fixed datasets and health metrics the golden answers are made of, and their paging. */
final class GoldenRecords {

  static final Symbol BTC = Symbol.of("BTCUSDT");
  static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");
  static final String CANDLES_1M = "candles_BTCUSDT_1m";
  static final String TRADES = "trades_BTCUSDT";

  static final Dataset CANDLES_DATASET =
      new Dataset(
          CANDLES_1M,
          "BTCUSDT 1m candles",
          "Closed 1-minute klines of BTCUSDT",
          "market",
          "candle.v1",
          "mongodb",
          "candles_BTCUSDT_1m",
          BTC,
          Timeframe.MINUTE_1,
          "ingest",
          "1m",
          T0,
          T0.plusMillis(86_399_999),
          1440L,
          T0.minusSeconds(3600),
          T0.plusMillis(86_400_322));

  static final Dataset TRADES_DATASET =
      new Dataset(
          TRADES,
          "BTCUSDT trades",
          null,
          "market",
          null,
          "mongodb",
          "trades_BTCUSDT",
          BTC,
          null,
          null,
          null,
          null,
          null,
          null,
          T0,
          T0);

  static final Dataset FUNDING_DATASET =
      new Dataset(
          "funding_rates_ETHUSDT",
          "ETHUSDT funding rates",
          "Every 8 hours",
          "market",
          "funding.v1",
          "mongodb",
          "funding_rates_ETHUSDT",
          Symbol.of("ETHUSDT"),
          null,
          "backfill",
          "8h",
          T0,
          T0.plusSeconds(57_600),
          3L,
          T0,
          T0.plusSeconds(57_600));

  static final HealthMetric CANDLES_HEALTH =
      metric(CANDLES_1M, 1L, 99.5, 97.25, T0.plusSeconds(300));
  static final HealthMetric TRADES_HEALTH =
      metric(TRADES, 2L, 80.0, 75.125, T0.plusMillis(300_007));

  private GoldenRecords() {}

  /** The items of the page: {@code offset} skipped, at most {@code limit}. */
  static <T> List<T> page(List<T> items, PageRequest page) {
    int from = Math.min(page.offset(), items.size());
    return items.subList(from, Math.min(items.size(), from + page.limit()));
  }

  private static HealthMetric metric(
      String dataset, Long id, double completeness, double quality, Instant timestamp) {
    return new HealthMetric(
        id,
        dataset,
        BTC,
        timestamp.minusSeconds(3600),
        timestamp,
        completeness,
        42,
        93.0,
        1,
        0,
        2,
        1440,
        100.0,
        99.99,
        quality,
        timestamp);
  }
}
