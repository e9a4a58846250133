package com.mdm.testsupport.fake;

import static com.mdm.testsupport.fake.Millis.floor;

import com.mdm.domain.market.TimeRange;
import com.mdm.domain.metadata.HealthMetric;
import com.mdm.domain.port.out.HealthMetricRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Health metrics in memory, kept as the Jdbi repository keeps them: increasing ids, times to the
 * millisecond, history oldest first.
 */
public final class InMemoryHealthMetricRepository implements HealthMetricRepository {

  private static final Comparator<HealthMetric> OLDEST_FIRST =
      Comparator.comparing(HealthMetric::timestamp).thenComparing(HealthMetric::metricId);

  private final AppendedRows<HealthMetric> metrics = new AppendedRows<>();

  @Override
  public HealthMetric append(HealthMetric m) {
    Objects.requireNonNull(m, "metric must not be null");
    return metrics.append(
        id ->
            new HealthMetric(
                id,
                m.datasetId(),
                m.symbol(),
                floor(m.windowStart()),
                floor(m.windowEnd()),
                m.completeness(),
                m.freshnessSeconds(),
                m.freshnessScore(),
                m.gapsCount(),
                m.duplicatesCount(),
                m.notCollectedGaps(),
                m.notCollectedRecords(),
                m.continuityScore(),
                m.validityScore(),
                m.qualityScore(),
                floor(m.timestamp())));
  }

  @Override
  public Optional<HealthMetric> latest(String datasetId) {
    Objects.requireNonNull(datasetId, "datasetId must not be null");
    return metrics.select(m -> m.datasetId().equals(datasetId), OLDEST_FIRST.reversed()).stream()
        .findFirst();
  }

  @Override
  public List<HealthMetric> history(String datasetId, TimeRange range) {
    Objects.requireNonNull(datasetId, "datasetId must not be null");
    Objects.requireNonNull(range, "range must not be null");
    Instant from = floor(range.from());
    Instant to = floor(range.to());
    return metrics.select(
        m ->
            m.datasetId().equals(datasetId)
                && !m.timestamp().isBefore(from)
                && m.timestamp().isBefore(to),
        OLDEST_FIRST);
  }

  @Override
  public int purgeOlderThan(Instant cutoff) {
    Instant stored = floor(Objects.requireNonNull(cutoff, "cutoff must not be null"));
    return metrics.delete(m -> m.timestamp().isBefore(stored));
  }

  /** Every metric in the order appended: what a test looks at. */
  public List<HealthMetric> all() {
    return metrics.all();
  }
}
