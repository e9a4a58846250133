package com.mdm.adapter.in.http;

import static com.mdm.adapter.in.http.GoldenRecords.BTC;
import static com.mdm.adapter.in.http.GoldenRecords.CANDLES_1M;
import static com.mdm.adapter.in.http.GoldenRecords.T0;
import static com.mdm.adapter.in.http.GoldenRecords.TRADES;

import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.AuditLogEntry;
import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.metadata.GapStatus;
import com.mdm.domain.metadata.LineageRecord;
import com.mdm.domain.metadata.Severity;
import java.time.Duration;
import java.util.List;

/**
 * The fixed lineage, audit log and gaps of the golden answers, JSON and plain-text details both.
 */
final class GoldenAuditRecords {

  static final List<LineageRecord> LINEAGE =
      List.of(
          new LineageRecord(
              12L,
              CANDLES_1M,
              null,
              "binance-rest",
              "backfill",
              "{\"job\":\"job-0001\",\"period\":\"1m\",\"pages\":[1,2]}",
              1440,
              1438,
              2,
              0,
              T0,
              T0.plusSeconds(86_400),
              Duration.ofMillis(12_345),
              "completed",
              null,
              T0.plusSeconds(90_000)),
          new LineageRecord(
              11L,
              CANDLES_1M,
              "trades_BTCUSDT",
              "nats",
              "ingest",
              "not json",
              10,
              9,
              0,
              1,
              null,
              null,
              Duration.ZERO,
              "failed",
              "NATS connection closed",
              T0.plusMillis(1)));

  static final List<AuditLogEntry> AUDIT_LOGS =
      List.of(
          new AuditLogEntry(
              30L,
              CANDLES_1M,
              BTC,
              "gap",
              Severity.HIGH,
              "{\"missing\":3,\"from\":\"2024-05-01T00:10:00Z\",\"ratio\":0.25}",
              T0.plusSeconds(700)),
          new AuditLogEntry(
              29L,
              TRADES,
              BTC,
              "health_check",
              Severity.INFO,
              "quality 75.1",
              T0.plusMillis(650_500)),
          new AuditLogEntry(28L, "system", null, "audit_cycle", Severity.LOW, "{}", T0));

  static final List<DataGap> GAPS =
      List.of(
          new DataGap(
              "gap-candles-1",
              SeriesKey.candles(BTC, Timeframe.MINUTE_1),
              T0.plusSeconds(600),
              T0.plusSeconds(780),
              3,
              Severity.HIGH,
              GapStatus.OPEN,
              "{\"kind\":\"candles\",\"expected\":3}",
              T0.plusSeconds(700),
              T0.plusMillis(700_250)),
          new DataGap(
              "gap-trades-1",
              SeriesKey.of(SeriesType.TRADES, BTC),
              T0,
              T0.plusMillis(1_500),
              0,
              Severity.LOW,
              GapStatus.RESOLVED,
              "ids 10-12",
              T0.plusSeconds(60),
              T0.plusSeconds(120)));

  private GoldenAuditRecords() {}
}
