package com.mdm.application.service.health;

import com.mdm.application.service.catalog.ReadablePairs;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.Dataset;
import com.mdm.domain.metadata.DatasetFilter;
import com.mdm.domain.metadata.HealthMetric;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.in.DatasetHealth;
import com.mdm.domain.port.in.HealthStatus;
import com.mdm.domain.port.in.HealthSummary;
import com.mdm.domain.port.in.InvalidRequestException;
import com.mdm.domain.port.in.QueryHealthUseCase;
import com.mdm.domain.port.in.Readiness;
import com.mdm.domain.port.out.DatasetRepository;
import com.mdm.domain.port.out.HealthMetricRepository;
import com.mdm.domain.port.out.HealthProbe;
import com.mdm.domain.port.out.ProbeResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Answers readiness from the dependency probes and dataset health from the catalog and the health
 * metrics the auditor records.
 */
public final class QueryHealthService implements QueryHealthUseCase {

  /** A latest quality score at or above this is healthy. */
  public static final double HEALTHY_SCORE = 90;

  /** A latest quality score at or above this (and below healthy) is degraded; below, unhealthy. */
  public static final double DEGRADED_SCORE = 70;

  private static final Duration DEFAULT_HISTORY = Duration.ofDays(1);
  private static final Pattern DATASET_ID = Pattern.compile("^[A-Za-z0-9_.-]{1,128}$");
  private static final int CATALOG_PAGE = PageRequest.MAX_LIMIT;

  private final ProbeRunner probes;
  private final DatasetRepository datasets;
  private final HealthMetricRepository healthMetrics;
  private final ReadablePairs pairs;
  private final Clock clock;

  /**
   * @param probes one per dependency, run at once on each readiness check
   * @param probeTimeout how long every probe may take; past it the dependency counts as down
   * @param pairs the pairs that may be asked about
   */
  public QueryHealthService(
      List<HealthProbe> probes,
      Duration probeTimeout,
      DatasetRepository datasets,
      HealthMetricRepository healthMetrics,
      ReadablePairs pairs,
      Clock clock) {
    Objects.requireNonNull(probes, "probes must not be null");
    Objects.requireNonNull(probeTimeout, "probeTimeout must not be null");
    if (probeTimeout.isNegative() || probeTimeout.isZero()) {
      throw new IllegalArgumentException("probeTimeout must be > 0 but was " + probeTimeout);
    }
    this.probes = new ProbeRunner(probes, probeTimeout);
    this.datasets = Objects.requireNonNull(datasets, "datasets must not be null");
    this.healthMetrics = Objects.requireNonNull(healthMetrics, "healthMetrics must not be null");
    this.pairs = Objects.requireNonNull(pairs, "pairs must not be null");
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
  }

  @Override
  public Readiness readiness() {
    List<ProbeResult> results = probes.runAll();
    return new Readiness(results.stream().allMatch(ProbeResult::up), results);
  }

  @Override
  public List<ProbeResult> dependencies() {
    return probes.runAll();
  }

  @Override
  public HealthSummary summary() {
    List<DatasetHealth> health = new ArrayList<>();
    for (Dataset dataset : allDatasets()) {
      Optional<HealthMetric> latest = healthMetrics.latest(dataset.datasetId());
      health.add(
          new DatasetHealth(
              dataset.datasetId(),
              latest.map(QueryHealthService::status).orElse(HealthStatus.UNKNOWN),
              latest.orElse(null)));
    }
    double[] scores =
        health.stream()
            .filter(entry -> entry.latest() != null)
            .mapToDouble(entry -> entry.latest().qualityScore())
            .toArray();
    Double overall =
        scores.length == 0 ? null : round(Arrays.stream(scores).average().orElseThrow());
    return new HealthSummary(
        count(health, HealthStatus.HEALTHY),
        count(health, HealthStatus.DEGRADED),
        count(health, HealthStatus.UNHEALTHY),
        count(health, HealthStatus.UNKNOWN),
        overall,
        HEALTHY_SCORE,
        DEGRADED_SCORE,
        health,
        clock.instant());
  }

  @Override
  public List<HealthMetric> latest(Symbol symbol, Timeframe timeframe) {
    Objects.requireNonNull(symbol, "symbol must not be null");
    pairs.require(symbol);
    List<SeriesKey> keys = new ArrayList<>();
    if (timeframe != null) {
      keys.add(SeriesKey.candles(symbol, timeframe));
    } else {
      for (SeriesType type : SeriesType.values()) {
        if (type.hasTimeframe()) {
          for (Timeframe each : Timeframe.values()) {
            keys.add(new SeriesKey(type, symbol, each));
          }
        } else {
          keys.add(SeriesKey.of(type, symbol));
        }
      }
    }
    return keys.stream()
        .map(key -> healthMetrics.latest(key.datasetId()))
        .flatMap(Optional::stream)
        .toList();
  }

  @Override
  public List<HealthMetric> history(String datasetId, Instant start, Instant end) {
    if (datasetId == null || !DATASET_ID.matcher(datasetId).matches()) {
      throw new InvalidRequestException(
          "datasetId",
          "dataset '"
              + datasetId
              + "' is invalid: expected a dataset id such as candles_BTCUSDT_1m");
    }
    Instant to = end == null ? clock.instant() : end;
    Instant from = start == null ? to.minus(DEFAULT_HISTORY) : start;
    if (from.isAfter(to)) {
      throw new InvalidRequestException("start", "start " + from + " is after end " + to);
    }
    return healthMetrics.history(datasetId, TimeRange.of(from, to));
  }

  private List<Dataset> allDatasets() {
    List<Dataset> all = new ArrayList<>();
    List<Dataset> page;
    do {
      page = datasets.list(DatasetFilter.none(), new PageRequest(all.size(), CATALOG_PAGE));
      all.addAll(page);
    } while (page.size() == CATALOG_PAGE);
    return all;
  }

  private static HealthStatus status(HealthMetric metric) {
    if (metric.qualityScore() >= HEALTHY_SCORE) {
      return HealthStatus.HEALTHY;
    }
    return metric.qualityScore() >= DEGRADED_SCORE ? HealthStatus.DEGRADED : HealthStatus.UNHEALTHY;
  }

  private static int count(List<DatasetHealth> health, HealthStatus status) {
    return (int) health.stream().filter(entry -> entry.status() == status).count();
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
