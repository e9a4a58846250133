package com.mdm.adapter.in.http;

import static com.mdm.adapter.in.http.GoldenRecords.BTC;
import static com.mdm.adapter.in.http.GoldenRecords.T0;

import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.HealthMetric;
import com.mdm.domain.port.in.DatasetHealth;
import com.mdm.domain.port.in.HealthStatus;
import com.mdm.domain.port.in.HealthSummary;
import com.mdm.domain.port.in.NoDataStoredException;
import com.mdm.domain.port.in.QueryHealthUseCase;
import com.mdm.domain.port.in.Readiness;
import com.mdm.domain.port.out.ProbeResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Fixed probe results and dataset health for the golden answers; MySQL down when told to. */
final class GoldenHealth implements QueryHealthUseCase {

  private static final List<ProbeResult> UP =
      List.of(
          ProbeResult.up("nats", Duration.ofNanos(1_500_000), "2.10.18"),
          ProbeResult.up("mongodb", Duration.ofNanos(2_345_678), "7.0.12"),
          ProbeResult.up("mysql", Duration.ofMillis(3), null));

  private static final ProbeResult MYSQL_DOWN =
      ProbeResult.down("mysql", Duration.ofSeconds(1), "timed out after 1000 ms");

  private volatile boolean mysqlDown;

  void mysqlDown(boolean down) {
    mysqlDown = down;
  }

  @Override
  public Readiness readiness() {
    return mysqlDown
        ? new Readiness(false, List.of(UP.get(0), UP.get(1), MYSQL_DOWN))
        : new Readiness(true, UP);
  }

  @Override
  public List<ProbeResult> dependencies() {
    return UP;
  }

  @Override
  public HealthSummary summary() {
    return new HealthSummary(
        1,
        1,
        0,
        1,
        86.1875,
        90.0,
        70.0,
        List.of(
            new DatasetHealth(
                GoldenRecords.CANDLES_1M, HealthStatus.HEALTHY, GoldenRecords.CANDLES_HEALTH),
            new DatasetHealth("funding_rates_ETHUSDT", HealthStatus.UNKNOWN, null),
            new DatasetHealth(
                GoldenRecords.TRADES, HealthStatus.DEGRADED, GoldenRecords.TRADES_HEALTH)),
        T0.plusMillis(86_400_500));
  }

  @Override
  public List<HealthMetric> latest(Symbol symbol, Timeframe timeframe) {
    if (!symbol.equals(BTC)) {
      throw new NoDataStoredException(symbol);
    }
    return timeframe == null
        ? List.of(GoldenRecords.CANDLES_HEALTH, GoldenRecords.TRADES_HEALTH)
        : List.of(GoldenRecords.CANDLES_HEALTH);
  }

  @Override
  public List<HealthMetric> history(String datasetId, Instant start, Instant end) {
    return List.of(GoldenRecords.TRADES_HEALTH, GoldenRecords.CANDLES_HEALTH);
  }
}
