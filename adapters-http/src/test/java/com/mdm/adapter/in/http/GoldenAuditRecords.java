package com.mdm.adapter.in.http;

import static com.mdm.adapter.in.http.GoldenRecords.BTC;
import static com.mdm.adapter.in.http.GoldenRecords.CANDLES_1M;
import static com.mdm.adapter.in.http.GoldenRecords.T0;
import static com.mdm.adapter.in.http.GoldenRecords.TRADES;

import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.AuditLogEntry;
import com.mdm.domain.metadata.BackfillDataType;
import com.mdm.domain.metadata.BackfillParameters;
import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.metadata.GapCause;
import com.mdm.domain.metadata.GapDetails;
import com.mdm.domain.metadata.GapEvent;
import com.mdm.domain.metadata.GapFate;
import com.mdm.domain.metadata.GapKind;
import com.mdm.domain.metadata.GapPosition;
import com.mdm.domain.metadata.GapStatus;
import com.mdm.domain.metadata.IdRange;
import com.mdm.domain.metadata.IngestParameters;
import com.mdm.domain.metadata.LineageRecord;
import com.mdm.domain.metadata.Severity;
import java.time.Duration;
import java.util.List;

/**
 * The fixed lineage, audit log and gaps of the golden answers, with details of every shape: a
 * candle gap and a sequence gap (id range, no timeframe), backfill and ingest parameters.
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
              new BackfillParameters(
                  "job-0001",
                  "/fapi/v1/klines",
                  BTC,
                  BackfillDataType.CANDLES,
                  Timeframe.MINUTE_1,
                  2,
                  1,
                  null),
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
              IngestParameters.TRANSFORMATION,
              new IngestParameters(CANDLES_1M, T0, T0.plusMillis(1), 1, 41, 50),
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
              new GapDetails(
                  "gap-candles-1",
                  SeriesKey.candles(BTC, Timeframe.MINUTE_1),
                  GapKind.CANDLE_GRID,
                  GapPosition.INTERIOR,
                  T0.plusSeconds(600),
                  T0.plusSeconds(780),
                  3,
                  1,
                  null,
                  null,
                  Severity.HIGH,
                  Duration.ofSeconds(60),
                  "from:" + T0.plusSeconds(600)),
              T0.plusSeconds(700),
              T0.plusMillis(700_250),
              GapCause.STREAM_LOSS,
              GapFate.OPEN),
          new DataGap(
              "gap-trades-1",
              SeriesKey.of(SeriesType.TRADES, BTC),
              T0,
              T0.plusMillis(1_500),
              0,
              Severity.LOW,
              GapStatus.RESOLVED,
              new GapDetails(
                  "gap-trades-1",
                  SeriesKey.of(SeriesType.TRADES, BTC),
                  GapKind.TRADE_IDS,
                  GapPosition.INTERIOR,
                  T0,
                  T0.plusMillis(1_500),
                  3,
                  1,
                  new IdRange(10, 12),
                  null,
                  Severity.LOW,
                  Duration.ZERO,
                  "id:9"),
              T0.plusSeconds(60),
              T0.plusSeconds(120),
              GapCause.CAPTURE_OUTAGE,
              GapFate.backfilled("job-7", 3)));

  static final List<AuditLogEntry> AUDIT_LOGS =
      List.of(
          new AuditLogEntry(
              30L,
              CANDLES_1M,
              BTC,
              "gap",
              Severity.HIGH,
              GapEvent.of(GapEvent.Type.DETECTED, GAPS.get(0)),
              T0.plusSeconds(700)),
          new AuditLogEntry(
              29L,
              TRADES,
              BTC,
              "health_check",
              Severity.INFO,
              GapEvent.of(GapEvent.Type.RESOLVED, GAPS.get(1)),
              T0.plusMillis(650_500)),
          new AuditLogEntry(
              28L,
              "system",
              null,
              "audit_cycle",
              Severity.LOW,
              GapEvent.of(GapEvent.Type.REOPENED, GAPS.get(0)),
              T0));

  private GoldenAuditRecords() {}
}
