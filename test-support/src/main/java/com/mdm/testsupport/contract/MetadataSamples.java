package com.mdm.testsupport.contract;

import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.AuditLogEntry;
import com.mdm.domain.metadata.BackfillDataType;
import com.mdm.domain.metadata.BackfillJob;
import com.mdm.domain.metadata.BackfillStatus;
import com.mdm.domain.metadata.Dataset;
import com.mdm.domain.metadata.GapDetails;
import com.mdm.domain.metadata.GapEvent;
import com.mdm.domain.metadata.GapKind;
import com.mdm.domain.metadata.GapPosition;
import com.mdm.domain.metadata.GapStatus;
import com.mdm.domain.metadata.HealthMetric;
import com.mdm.domain.metadata.IdRange;
import com.mdm.domain.metadata.IngestParameters;
import com.mdm.domain.metadata.LineageRecord;
import com.mdm.domain.metadata.Severity;
import java.time.Duration;
import java.time.Instant;

/** Metadata records for the contract tests, at times with non-zero milliseconds. */
public final class MetadataSamples {

  public static final Instant T0 = Instant.parse("2024-03-10T02:30:00.123Z");
  public static final Symbol BTC = Symbol.of("BTCUSDT");
  public static final Symbol ETH = Symbol.of("ETHUSDT");

  private MetadataSamples() {}

  public static Instant at(long minutes) {
    return T0.plus(Duration.ofMinutes(minutes));
  }

  public static Dataset dataset(String id, String category, Symbol symbol, String storageType) {
    return dataset(id, category, symbol, storageType, symbol == null ? null : Timeframe.MINUTE_1);
  }

  public static Dataset dataset(
      String id, String category, Symbol symbol, String storageType, Timeframe timeframe) {
    return new Dataset(
        id,
        "Name of " + id,
        "Description of " + id,
        category,
        "schema-" + id,
        storageType,
        "mongodb://market/" + id,
        symbol,
        timeframe,
        "data-team",
        "realtime",
        null,
        null,
        null,
        T0,
        T0);
  }

  public static AuditLogEntry audit(
      String datasetId, Symbol symbol, String type, Severity severity, Instant timestamp) {
    Instant start = timestamp.minus(Duration.ofMinutes(3));
    GapDetails gap =
        gapDetails("gap-1", SeriesKey.candles(BTC, Timeframe.MINUTE_1), start, timestamp, severity);
    GapEvent event =
        new GapEvent(
            GapEvent.Type.DETECTED,
            "gap-1",
            datasetId,
            GapStatus.OPEN,
            start,
            timestamp,
            3,
            severity,
            gap);
    return new AuditLogEntry(null, datasetId, symbol, type, severity, event, timestamp);
  }

  /** The details of a gap of three candles, with an id range to show it nests. */
  public static GapDetails gapDetails(
      String gapId, SeriesKey series, Instant start, Instant end, Severity severity) {
    return new GapDetails(
        gapId,
        series,
        GapKind.CANDLE_GRID,
        GapPosition.INTERIOR,
        start,
        end,
        3,
        1,
        new IdRange(10, 12),
        null,
        severity,
        Duration.ofSeconds(60),
        "from:" + start);
  }

  public static HealthMetric health(String datasetId, Instant timestamp, double quality) {
    return new HealthMetric(
        null,
        datasetId,
        BTC,
        timestamp.minus(Duration.ofHours(1)),
        timestamp,
        99.5,
        42,
        97.25,
        3,
        1,
        2,
        7_200,
        88.125,
        100,
        quality,
        timestamp);
  }

  public static BackfillJob pendingJob(String jobId, int priority, Instant createdAt) {
    return pendingJob(jobId, BTC, priority, createdAt);
  }

  public static BackfillJob pendingJob(
      String jobId, Symbol symbol, int priority, Instant createdAt) {
    return new BackfillJob(
        jobId,
        symbol,
        BackfillDataType.CANDLES,
        Timeframe.HOUR_1,
        T0.minus(Duration.ofDays(2)),
        T0.minus(Duration.ofDays(1)),
        priority,
        BackfillStatus.PENDING,
        0,
        0,
        0,
        null,
        null,
        0,
        null,
        createdAt,
        null,
        null,
        createdAt);
  }

  public static LineageRecord lineage(String datasetId, Instant timestamp) {
    return new LineageRecord(
        null,
        datasetId,
        null,
        "binance.futures.kline.1m",
        IngestParameters.TRANSFORMATION,
        new IngestParameters(
            "candles_" + datasetId, timestamp.minus(Duration.ofMinutes(1)), timestamp, 3, 10, 250),
        241,
        240,
        1,
        0,
        timestamp.minus(Duration.ofMinutes(1)),
        timestamp,
        Duration.ofMillis(1534),
        "SUCCESS",
        null,
        timestamp);
  }
}
