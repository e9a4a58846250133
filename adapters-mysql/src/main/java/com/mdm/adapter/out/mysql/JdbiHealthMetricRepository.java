package com.mdm.adapter.out.mysql;

import com.mdm.domain.market.TimeRange;
import com.mdm.domain.metadata.HealthMetric;
import com.mdm.domain.port.out.HealthMetricRepository;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Health metrics over time in the {@code health_metrics} table. */
public final class JdbiHealthMetricRepository implements HealthMetricRepository {

  private final HealthMetricDao dao;

  public JdbiHealthMetricRepository(Jdbi jdbi) {
    this.dao =
        Objects.requireNonNull(jdbi, "jdbi must not be null").onDemand(HealthMetricDao.class);
  }

  @Override
  public HealthMetric append(HealthMetric metric) {
    Objects.requireNonNull(metric, "metric must not be null");
    HealthMetricRow row = HealthMetricMapper.toRow(metric);
    return HealthMetricMapper.toDomain(row.withMetricId(dao.insert(row)));
  }

  @Override
  public Optional<HealthMetric> latest(String datasetId) {
    Objects.requireNonNull(datasetId, "datasetId must not be null");
    return dao.latest(datasetId).map(HealthMetricMapper::toDomain);
  }

  @Override
  public List<HealthMetric> history(String datasetId, TimeRange range) {
    Objects.requireNonNull(datasetId, "datasetId must not be null");
    Objects.requireNonNull(range, "range must not be null");
    return dao.history(datasetId, range.from(), range.to()).stream()
        .map(HealthMetricMapper::toDomain)
        .toList();
  }

  @Override
  public int purgeOlderThan(Instant cutoff) {
    Objects.requireNonNull(cutoff, "cutoff must not be null");
    return dao.deleteOlderThan(cutoff);
  }
}
