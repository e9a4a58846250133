package com.mdm.testsupport.contract;

import static com.mdm.testsupport.contract.MetadataSamples.at;
import static com.mdm.testsupport.contract.MetadataSamples.health;
import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.TimeRange;
import com.mdm.domain.metadata.HealthMetric;
import com.mdm.domain.port.out.HealthMetricRepository;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link HealthMetricRepository} must do. */
public abstract class HealthMetricRepositoryContract
    extends RepositoryContract<HealthMetricRepository> {

  @Test
  void givenMetric_whenAppended_thenEverySubScoreComesBackWithAnId() {
    HealthMetric metric = health("candles.btc", at(0), 91.0625);

    HealthMetric stored = repository.append(metric);

    assertThat(stored.metricId()).isNotNull();
    assertThat(stored).usingRecursiveComparison().ignoringFields("metricId").isEqualTo(metric);
    assertThat(repository.latest("candles.btc")).contains(stored);
  }

  @Test
  void givenMetricsOfTwoDatasets_whenLatestIsAsked_thenTheNewestOfThatDatasetIsReturned() {
    repository.append(health("a", at(1), 10));
    repository.append(health("a", at(3), 30));
    repository.append(health("a", at(2), 20));
    repository.append(health("b", at(9), 90));

    assertThat(repository.latest("a")).map(HealthMetric::qualityScore).contains(30.0);
    assertThat(repository.latest("b")).map(HealthMetric::qualityScore).contains(90.0);
  }

  @Test
  void givenNoMetrics_whenLatestIsAsked_thenNothingIsReturned() {
    assertThat(repository.latest("none")).isEmpty();
  }

  @Test
  void givenMetricsOverTime_whenHistoryIsAsked_thenTheRangeIsHalfOpenAndOldestFirst() {
    for (int minute = 4; minute >= 0; minute--) {
      repository.append(health("a", at(minute), minute));
    }
    repository.append(health("b", at(2), 50));

    List<HealthMetric> history = repository.history("a", TimeRange.of(at(1), at(4)));

    assertThat(history).map(HealthMetric::timestamp).containsExactly(at(1), at(2), at(3));
    assertThat(repository.history("a", TimeRange.all())).hasSize(5);
  }

  @Test
  void givenOldAndNewMetrics_whenPurged_thenOnlyThoseBeforeTheCutoffAreDeleted() {
    for (int minute = 0; minute < 5; minute++) {
      repository.append(health("a", at(minute), minute));
    }
    Instant cutoff = at(2);

    int purged = repository.purgeOlderThan(cutoff);

    assertThat(purged).isEqualTo(2);
    assertThat(repository.history("a", TimeRange.all()))
        .map(HealthMetric::timestamp)
        .containsExactly(at(2), at(3), at(4));
    assertThat(repository.purgeOlderThan(cutoff)).isZero();
  }
}
