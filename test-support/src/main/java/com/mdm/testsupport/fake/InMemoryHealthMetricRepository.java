package com.mdm.testsupport.fake;

import static com.mdm.testsupport.fake.Millis.floor;

import com.mdm.domain.market.TimeRange;
import com.mdm.domain.metadata.HealthMetric;
import com.mdm.domain.port.out.HealthMetricRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Health metrics in memory, kept as the Jdbi repository keeps them: increasing ids, times to the
 * millisecond, history oldest first.
 */
public final class InMemoryHealthMetricRepository implements HealthMetricRepository {

  private static final Comparator<HealthMetric> OLDEST_FIRST =
      Comparator.comparing(HealthMetric::timestamp).thenComparing(HealthMetric::metricId);

  private final List<HealthMetric> metrics = new ArrayList<>();
  private final AtomicLong ids = new AtomicLong();

  @Override
  public synchronized HealthMetric append(HealthMetric m) {
    Objects.requireNonNull(m, "metric must not be null");
    HealthMetric stored =
        new HealthMetric(
            ids.incrementAndGet(),
            m.datasetId(),
            m.symbol(),
            floor(m.windowStart()),
            floor(m.windowEnd()),
            m.completeness(),
            m.freshnessSeconds(),
            m.freshnessScore(),
            m.gapsCount(),
            m.duplicatesCount(),
            m.continuityScore(),
            m.validityScore(),
            m.qualityScore(),
            floor(m.timestamp()));
    metrics.add(stored);
    return stored;
  }

  @Override
  public synchronized Optional<HealthMetric> latest(String datasetId) {
    Objects.requireNonNull(datasetId, "datasetId must not be null");
    return ofDataset(datasetId).max(OLDEST_FIRST);
  }

  @Override
  public synchronized List<HealthMetric> history(String datasetId, TimeRange range) {
    Objects.requireNonNull(datasetId, "datasetId must not be null");
    Objects.requireNonNull(range, "range must not be null");
    Instant from = floor(range.from());
    Instant to = floor(range.to());
    return ofDataset(datasetId)
        .filter(m -> !m.timestamp().isBefore(from) && m.timestamp().isBefore(to))
        .sorted(OLDEST_FIRST)
        .toList();
  }

  @Override
  public synchronized int purgeOlderThan(Instant cutoff) {
    Objects.requireNonNull(cutoff, "cutoff must not be null");
    int before = metrics.size();
    Instant stored = floor(cutoff);
    metrics.removeIf(m -> m.timestamp().isBefore(stored));
    return before - metrics.size();
  }

  /** Every metric in the order appended: what a test looks at. */
  public synchronized List<HealthMetric> all() {
    return List.copyOf(metrics);
  }

  private java.util.stream.Stream<HealthMetric> ofDataset(String datasetId) {
    return metrics.stream().filter(m -> m.datasetId().equals(datasetId));
  }
}
