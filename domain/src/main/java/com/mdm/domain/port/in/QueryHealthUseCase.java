package com.mdm.domain.port.in;

import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.HealthMetric;
import com.mdm.domain.port.out.ProbeResult;
import java.time.Instant;
import java.util.List;

/** Answers whether the service and its dependencies work, and how healthy the datasets are. */
public interface QueryHealthUseCase {

  /** Probes every dependency at once, each bounded by the configured timeout. */
  Readiness readiness();

  /** Connection state, latency and server version of every dependency. */
  List<ProbeResult> dependencies();

  /** Healthy, degraded, unhealthy and unmeasured catalog datasets, and the overall score. */
  HealthSummary summary();

  /**
   * The latest metric of every measured series of the pair; with a timeframe, of its candles only.
   *
   * @throws NoDataStoredException for a pair that is neither supported nor in the catalog
   */
  List<HealthMetric> latest(Symbol symbol, Timeframe timeframe);

  /**
   * Metrics of the dataset with a timestamp in {@code [start, end)}, oldest first.
   *
   * @param start null for one day before {@code end}
   * @param end null for now
   * @throws InvalidRequestException for a malformed dataset id or {@code start} after {@code end}
   */
  List<HealthMetric> history(String datasetId, Instant start, Instant end);
}
